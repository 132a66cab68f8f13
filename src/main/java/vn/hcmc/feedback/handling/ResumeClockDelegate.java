package vn.hcmc.feedback.handling;

import static vn.hcmc.feedback.report.process.CitizenReportProcess.reportId;
import static vn.hcmc.feedback.report.process.ReportHandlingProcess.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.deadline.DeadlineSchedule;
import vn.hcmc.feedback.deadline.DeadlineTimers;
import vn.hcmc.feedback.report.process.ReportHandlingProcess;

/**
 * {@code ${resumeClock}}: adds the paused working time (informationAskedAt to informationReceivedAt) to the
 * report's pause total, recomputes every deadline and moves and resumes the timers.
 */
@Component("resumeClock")
class ResumeClockDelegate implements JavaDelegate {

    private final DeadlineTimers timers;
    private final DeadlineSchedule schedule;
    private final ReportHandling handling;

    ResumeClockDelegate(DeadlineTimers timers, DeadlineSchedule schedule, ReportHandling handling) {
        this.timers = timers;
        this.schedule = schedule;
        this.handling = handling;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long paused = number(execution.getVariable(PAUSED_MINUTES)) + schedule.workingMinutes(
                schedule.instant(execution.getVariable(INFORMATION_ASKED_AT)),
                schedule.instant(execution.getVariable(INFORMATION_RECEIVED_AT)));
        execution.setVariable(PAUSED_MINUTES, paused);
        Map<String, Object> variables = new HashMap<>(execution.getVariables());
        variables.remove(INFORMATION_ASKED_AT);
        Map<String, Object> values = timers.resume(execution.getProcessInstanceId(), variables);
        execution.setVariables(values);
        handling.informationResumed(reportId(execution), paused,
                (String) values.get("answerDueAt"));
    }
}
