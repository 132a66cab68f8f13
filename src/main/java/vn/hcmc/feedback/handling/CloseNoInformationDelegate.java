package vn.hcmc.feedback.handling;

import static vn.hcmc.feedback.report.process.CitizenReportProcess.reportId;
import static vn.hcmc.feedback.report.process.ReportHandlingProcess.*;
import static vn.hcmc.feedback.report.process.ReportHandlingProcess.informationRequests;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.report.process.ReportHandlingProcess;

/**
 * {@code ${closeNoInformation}} (asynchronous, retried): no answer to the unit's question in time; the report is
 * closed and the citizen told (mail {@code report-closed-no-information}, once per round).
 */
@Component("closeNoInformation")
class CloseNoInformationDelegate implements JavaDelegate {

    private final ReportHandling handling;

    CloseNoInformationDelegate(ReportHandling handling) {
        this.handling = handling;
    }

    @Override
    public void execute(DelegateExecution execution) {
        handling.closeNoInformation(reportId(execution),
                informationRequests(execution));
    }
}
