package vn.hcmc.feedback.report.process;

import static vn.hcmc.feedback.report.process.CitizenReportProcess.reportId;
import static vn.hcmc.feedback.report.process.ReportTriageProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.report.ReportTriage;

/** Sets duplicateOf (the original's tracking code) when an open report nearby describes the same problem. */
@Component("checkDuplicate")
class CheckDuplicateDelegate implements JavaDelegate {

    private final ReportTriage triage;

    CheckDuplicateDelegate(ReportTriage triage) {
        this.triage = triage;
    }

    @Override
    public void execute(DelegateExecution execution) {
        triage.markIfDuplicate(reportId(execution))
                .ifPresent(original -> execution.setVariable(DUPLICATE_OF, original));
    }
}
