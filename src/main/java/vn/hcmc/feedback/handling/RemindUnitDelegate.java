package vn.hcmc.feedback.handling;

import static vn.hcmc.feedback.handling.HandlingProcess.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.directory.Unit;
import vn.hcmc.feedback.sla.SlaVariables;

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
        String unitCode = (String) execution.getVariable(UNIT_CODE);
        String group = Unit.staffGroupOf(unitCode);
        int sent = mails.send(group, "reminder", (String) execution.getVariable(TRACKING_CODE),
                (String) execution.getVariable(SlaVariables.REMINDER_AT), Map.of("unitCode", unitCode,
                        "answerDueAt", execution.getVariable(SlaVariables.ANSWER_DUE_AT)));
        handling.reminded((Long) execution.getVariable(REPORT_ID), group, sent);
    }
}
