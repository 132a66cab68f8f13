package vn.hcmc.feedback.report.process;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.report.Report;
import vn.hcmc.feedback.report.ReportWorkflow;
import vn.hcmc.feedback.system.ApiProblem;

/**
 * Starts {@code citizen-report} for a stored report, in the caller's transaction (business key = tracking code).
 * The first service task is asynchronous, so the request only waits for the commit, not for triage; that task sets
 * the variables {@code reportId} and {@code trackingCode} (see {@link AutomaticTriageDelegate}), so the request
 * writes one execution and one job and no variable.
 */
@Component
class CitizenReportStarter implements ReportWorkflow {

    private final RuntimeService runtimeService;

    CitizenReportStarter(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @Override
    public void start(Report report) {
        try {
            runtimeService.startProcessInstanceByKey(CitizenReportProcess.PROCESS_ID, report.getTrackingCode());
        } catch (ProcessEngineException e) {
            throw new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "intake-unavailable",
                    "Tạm thời không tiếp nhận được / Temporarily unavailable",
                    "The report could not be taken in now and was not stored; please send it again later.");
        }
    }
}
