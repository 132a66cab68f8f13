package vn.hcmc.feedback.handling;

import static vn.hcmc.feedback.report.process.CitizenReportProcess.reportId;
import static vn.hcmc.feedback.report.process.ReportHandlingProcess.*;
import static vn.hcmc.feedback.report.process.ReportHandlingProcess.extensionWorkingDays;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.deadline.DeadlineTimers;
import vn.hcmc.feedback.report.process.ReportHandlingProcess;

/**
 * {@code ${extendDeadline}}: the approved working days become the report's extension; every deadline is
 * recomputed and every open timer and task moved (also after an escalation: a level not yet reached moves, a level
 * reached stays recorded).
 */
@Component("extendDeadline")
class ExtendDeadlineDelegate implements JavaDelegate {

    private final DeadlineTimers timers;
    private final ReportHandling handling;

    ExtendDeadlineDelegate(DeadlineTimers timers, ReportHandling handling) {
        this.timers = timers;
        this.handling = handling;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int days = extensionWorkingDays(execution);
        execution.setVariable(EXTENSION_DAYS, days);
        execution.setVariable(EXTENSION_GRANTED, true);
        Map<String, Object> variables = new HashMap<>(execution.getVariables());
        Map<String, Object> values = timers.reschedule(execution.getProcessInstanceId(), variables);
        execution.setVariables(values);
        handling.extended(reportId(execution), (String) values.get("answerDueAt"));
    }
}
