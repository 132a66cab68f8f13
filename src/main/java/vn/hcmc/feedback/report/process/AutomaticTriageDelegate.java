package vn.hcmc.feedback.report.process;

import static vn.hcmc.feedback.report.process.ReportTriageProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.report.ReportTriage;

/**
 * Automatic triage: category, URGENT priority, and whether a person must triage (triage = MANUAL).
 */
@Component("triageReport")
class AutomaticTriageDelegate implements JavaDelegate {

    private final ReportTriage triage;

    AutomaticTriageDelegate(ReportTriage triage) {
        this.triage = triage;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String trackingCode = execution.getProcessBusinessKey();
        ReportTriage.Automatic result = triage.triage(trackingCode);
        if (execution.getVariable(CitizenReportProcess.REPORT_ID) == null) {
            // an instance of citizen-report from before the split (docs/design.md, "Upgrading running reports"):
            // its start event has no identifyReport listener, so its first job sets the identifiers here
            execution.setVariable(CitizenReportProcess.REPORT_ID, result.reportId());
            execution.setVariable(CitizenReportProcess.TRACKING_CODE, trackingCode);
        }
        execution.setVariable(CATEGORY, result.category());
        if (result.priority() != null) {
            execution.setVariable(PRIORITY, result.priority().name());
        }
        execution.setVariable(TRIAGE, result.manual() ? TRIAGE_MANUAL : TRIAGE_AUTO);
    }
}
