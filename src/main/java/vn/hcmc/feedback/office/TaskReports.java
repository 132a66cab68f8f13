package vn.hcmc.feedback.office;

import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.report.ReportRepository;
import vn.hcmc.feedback.report.process.CitizenReportProcess;

/**
 * Which report an open user task is about: the report processes carry the report's id as a process variable.
 * Survey and campaign tasks are about no report. Says nothing of who may read it; the page checks that.
 */
@Component
class TaskReports {

    private final TaskService taskService;
    private final ReportRepository reports;

    TaskReports(TaskService taskService, ReportRepository reports) {
        this.taskService = taskService;
        this.reports = reports;
    }

    Optional<String> trackingCodeOf(String taskId) {
        if (taskId == null || taskId.length() > 64
                || taskService.createTaskQuery().taskId(taskId).count() == 0) {
            return Optional.empty();
        }
        Object reportId = taskService.getVariable(taskId, CitizenReportProcess.REPORT_ID);
        return reportId instanceof Number id
                ? reports.findById(id.longValue()).map(r -> r.getTrackingCode())
                : Optional.empty();
    }
}
