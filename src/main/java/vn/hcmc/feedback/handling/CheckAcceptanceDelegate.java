package vn.hcmc.feedback.handling;

import static vn.hcmc.feedback.handling.HandlingProcess.*;

import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.sla.SlaVariables;

/**
 * {@code ${checkAcceptance}} (asynchronous, retried) at the acceptance deadline: if nobody of the unit has taken
 * the report (Task_HandleReport still open and unclaimed), the unit's leaders are mailed and it is recorded.
 */
@Component("checkAcceptance")
class CheckAcceptanceDelegate implements JavaDelegate {

    private final TaskService taskService;
    private final OfficialMails mails;
    private final ReportHandling handling;

    CheckAcceptanceDelegate(TaskService taskService, OfficialMails mails, ReportHandling handling) {
        this.taskService = taskService;
        this.mails = mails;
        this.handling = handling;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Task task = taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(TASK_HANDLE_REPORT).singleResult();
        if (task == null || task.getAssignee() != null) {
            return;
        }
        String group = (String) execution.getVariable(SlaVariables.ESCALATION_GROUP_1);
        String acceptDueAt = (String) execution.getVariable(SlaVariables.ACCEPT_DUE_AT);
        int sent = mails.send(group, "acceptance-overdue", (String) execution.getVariable(TRACKING_CODE),
                acceptDueAt, Map.of("unitCode", execution.getVariable(UNIT_CODE), "acceptDueAt", acceptDueAt,
                        "answerDueAt", execution.getVariable(SlaVariables.ANSWER_DUE_AT)));
        handling.acceptanceOverdue((Long) execution.getVariable(REPORT_ID), group, sent);
    }
}
