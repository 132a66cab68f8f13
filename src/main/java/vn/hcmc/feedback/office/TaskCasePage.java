package vn.hcmc.feedback.office;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.hcmc.feedback.system.Refusal;

/**
 * Tasklist's tab "Hồ sơ / Case" frames {@code /staff/tasks/{id}/case}: the page of the task's report or survey, in
 * its Tasklist form (no way back to Tasklist, since it is inside it). The page checks who may read it.
 */
@Controller
class TaskCasePage {

    private final TaskCases cases;

    TaskCasePage(TaskCases cases) {
        this.cases = cases;
    }

    @GetMapping("/staff/tasks/{taskId}/case")
    String caseOf(@PathVariable String taskId) {
        String page = cases.pageOf(taskId).orElseThrow(() -> Refusal.notFound("task-without-case",
                "Việc này không gắn với phản ánh, khảo sát hay báo cáo tháng nào. / This task is not about a report, a"
                        + " survey or a monthly report."));
        return "redirect:" + page + "?taskId=" + taskId;
    }
}
