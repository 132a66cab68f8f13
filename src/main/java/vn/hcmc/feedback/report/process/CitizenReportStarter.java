package vn.hcmc.feedback.report.process;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.report.ReportWorkflow;
import vn.hcmc.feedback.system.Refusal;

/**
 * Starts {@code citizen-report} for a stored report, in the caller's transaction (business key = tracking code).
 * The start event is asynchronous (asynchronous instantiation), so the request only waits for the commit, not for
 * triage: it writes the instance's execution, its history row and one job, no variable, and runs no activity. The
 * job runs the start event, whose listener {@link IdentifyReportListener} sets {@code reportId} and
 * {@code trackingCode}, and then triage.
 */
@Component
class CitizenReportStarter implements ReportWorkflow {

    private final RuntimeService runtimeService;

    CitizenReportStarter(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @Override
    public void start(long reportId, String trackingCode) {
        try {
            runtimeService.startProcessInstanceByKey(CitizenReportProcess.PROCESS_ID, trackingCode);
        } catch (ProcessEngineException e) {
            throw new Refusal(Refusal.Reason.UNAVAILABLE, "intake-unavailable",
                    "Tạm thời không tiếp nhận được / Temporarily unavailable",
                    "The report could not be taken in now and was not stored; please send it again later.");
        }
    }
}
