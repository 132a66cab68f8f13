package vn.hcmc.feedback.office;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.hcmc.feedback.security.Officials;
import vn.hcmc.feedback.system.Refusal;

/**
 * Tasklist's tab "Hồ sơ / Case" frames {@code /staff/tasks/{id}/case}: the page of the task's report, survey or
 * monthly report, in its Tasklist form (no way back to Tasklist, since it is inside it). Only for a task the caller
 * may read in Tasklist (Camunda's READ on the task); any other id is "no such task", and the page the tab goes to
 * checks its reader again.
 */
@Controller
class TaskCasePage {

    private final TaskCases cases;
    private final AuthorizationService authorizations;
    private final Officials officials;

    TaskCasePage(TaskCases cases, AuthorizationService authorizations, Officials officials) {
        this.cases = cases;
        this.authorizations = authorizations;
        this.officials = officials;
    }

    @GetMapping("/staff/tasks/{taskId}/case")
    String caseOf(@PathVariable String taskId) {
        String user = officials.currentUserId();
        boolean mayRead = StaffReportPage.isTaskId(taskId) && authorizations.isUserAuthorized(user,
                officials.currentGroups(), Permissions.READ, Resources.TASK, taskId);
        String page = (mayRead ? cases.pageOf(taskId) : java.util.Optional.<String>empty()).orElseThrow(() ->
                Refusal.notFound("task-without-case", "Không có việc này, hoặc việc này không gắn với phản ánh, khảo"
                        + " sát hay báo cáo tháng nào. / No such task, or a task about no report, survey or monthly"
                        + " report."));
        return "redirect:" + page + "?taskId=" + taskId;
    }
}
