package vn.hcmc.feedback.report.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.report.ReportRepository;

/**
 * {@code ${identifyReport}}, at the end of citizen-report's asynchronous start event: sets {@code reportId} and
 * {@code trackingCode} from the business key, in the first job, so that the request that stored the report wrote no
 * variable (see {@link CitizenReportStarter}).
 */
@Component("identifyReport")
class IdentifyReportListener implements ExecutionListener {

    private final ReportRepository reports;

    IdentifyReportListener(ReportRepository reports) {
        this.reports = reports;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String trackingCode = execution.getProcessBusinessKey();
        long reportId = reports.findIdByTrackingCode(trackingCode).orElseThrow(() -> new IllegalStateException(
                "citizen-report started for " + trackingCode + ", which is not a stored report"));
        execution.setVariable(CitizenReportProcess.REPORT_ID, reportId);
        execution.setVariable(CitizenReportProcess.TRACKING_CODE, trackingCode);
    }
}
