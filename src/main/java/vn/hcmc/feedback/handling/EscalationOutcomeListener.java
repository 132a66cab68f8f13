package vn.hcmc.feedback.handling;

import static vn.hcmc.feedback.report.process.CitizenReportProcess.reportId;
import static vn.hcmc.feedback.report.process.ReportHandlingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.report.process.ReportHandlingProcess;

/**
 * On the escalation tasks (levels 1 and 2): completed by an official, the follow-up is recorded with its note;
 * deleted because the report left the deadline scope (answered, transferred, closed), the task closed by itself
 * and the outcome (handlingOutcome) is recorded in the report's history.
 */
@Component("escalationOutcome")
class EscalationOutcomeListener implements TaskListener {

    private final ReportHandling handling;

    EscalationOutcomeListener(ReportHandling handling) {
        this.handling = handling;
    }

    @Override
    public void notify(DelegateTask task) {
        long reportId = reportId(task);
        int level = TASK_FOLLOW_UP_OVERDUE.equals(task.getTaskDefinitionKey()) ? 1 : 2;
        if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            handling.escalationFollowedUp(reportId, level,
                    task.getAssignee() != null ? task.getAssignee() : HandlingDecisionListener.TASKLIST,
                    task.getVariable(FIELD_NOTE) == null ? null : task.getVariable(FIELD_NOTE).toString());
        } else if (EVENTNAME_DELETE.equals(task.getEventName())) {
            // The task's own execution is already being removed with its scope: read the process instance's value.
            Object outcome = task.getProcessEngineServices().getRuntimeService()
                    .getVariable(task.getProcessInstanceId(), HANDLING_OUTCOME);
            handling.escalationClosed(reportId, level, outcome == null ? "cancelled" : outcome.toString());
        }
    }
}
