package vn.hcmc.feedback.report.process;

import static vn.hcmc.feedback.report.process.CitizenReportProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.report.ReportTriage;

/**
 * Automatic triage: category, URGENT priority, and whether a person must triage (triage = MANUAL). The request that
 * stored the report started the instance with its business key (the tracking code) only, so that it writes as little
 * as it can; this first job sets {@code reportId} and {@code trackingCode} for every later step.
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
        execution.setVariable(REPORT_ID, result.reportId());
        execution.setVariable(TRACKING_CODE, trackingCode);
        execution.setVariable(CATEGORY, result.category());
        if (result.priority() != null) {
            execution.setVariable(PRIORITY, result.priority().name());
        }
        execution.setVariable(TRIAGE, result.manual() ? TRIAGE_MANUAL : TRIAGE_AUTO);
    }
}
