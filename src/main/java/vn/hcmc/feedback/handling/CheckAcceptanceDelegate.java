package vn.hcmc.feedback.handling;

import static vn.hcmc.feedback.report.process.CitizenReportProcess.reportId;
import static vn.hcmc.feedback.report.process.CitizenReportProcess.trackingCode;
import static vn.hcmc.feedback.report.process.ReportHandlingProcess.*;
import static vn.hcmc.feedback.report.process.ReportTriageProcess.unitCode;

import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.report.process.ReportHandlingProcess;

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
        String group = (String) execution.getVariable(ReportHandlingProcess.ESCALATION_GROUP_1);
        String acceptDueAt = (String) execution.getVariable(ReportHandlingProcess.ACCEPT_DUE_AT);
        int sent = mails.send(group, "acceptance-overdue", trackingCode(execution),
                acceptDueAt, Map.of("unitCode", unitCode(execution), "acceptDueAt", acceptDueAt,
                        "answerDueAt", execution.getVariable(ReportHandlingProcess.ANSWER_DUE_AT)));
        handling.acceptanceOverdue(reportId(execution), group, sent);
    }
}
