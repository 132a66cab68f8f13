package vn.hcmc.feedback.handling;

import static vn.hcmc.feedback.report.process.CitizenReportProcess.reportId;
import static vn.hcmc.feedback.report.process.CitizenReportProcess.trackingCode;
import static vn.hcmc.feedback.report.process.ReportHandlingProcess.*;
import static vn.hcmc.feedback.report.process.ReportTriageProcess.unitCode;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.directory.Unit;
import vn.hcmc.feedback.report.process.ReportHandlingProcess;

/**
 * {@code ${remindUnit}} (asynchronous, retried) at the reminder point: mails the unit's officials (template
 * {@code official-reminder}) and records it. The round is the reminder instant, stable across retries.
 */
@Component("remindUnit")
class RemindUnitDelegate implements JavaDelegate {

    private final OfficialMails mails;
    private final ReportHandling handling;

    RemindUnitDelegate(OfficialMails mails, ReportHandling handling) {
        this.mails = mails;
        this.handling = handling;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String unitCode = unitCode(execution);
        String group = Unit.staffGroupOf(unitCode);
        int sent = mails.send(group, "reminder", trackingCode(execution),
                (String) execution.getVariable(ReportHandlingProcess.REMINDER_AT), Map.of("unitCode", unitCode,
                        "answerDueAt", execution.getVariable(ReportHandlingProcess.ANSWER_DUE_AT)));
        handling.reminded(reportId(execution), group, sent);
    }
}
