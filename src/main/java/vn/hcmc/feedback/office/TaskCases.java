package vn.hcmc.feedback.office;

import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.insight.MonthlyReportProcess;
import vn.hcmc.feedback.report.ReportRepository;
import vn.hcmc.feedback.report.process.CitizenReportProcess;
import vn.hcmc.feedback.survey.SurveyProcess;

/**
 * What an open user task is about, as the page that shows it: the report processes carry the report's id, the
 * survey campaign the survey's id, the monthly report its month, as process variables. Says nothing of who may read it; each page checks that.
 */
@Component
class TaskCases {

    private final TaskService taskService;
    private final ReportRepository reports;

    TaskCases(TaskService taskService, ReportRepository reports) {
        this.taskService = taskService;
        this.reports = reports;
    }

    /** The page of the task's case, e.g. {@code /staff/reports/PA-26-…}; empty for no such task or no case page. */
    Optional<String> pageOf(String taskId) {
        if (taskId == null || !StaffReportPage.isTaskId(taskId)
                || taskService.createTaskQuery().taskId(taskId).count() == 0) {
            return Optional.empty();
        }
        if (taskService.getVariable(taskId, CitizenReportProcess.REPORT_ID) instanceof Number reportId) {
            return reports.findById(reportId.longValue()).map(r -> "/staff/reports/" + r.getTrackingCode());
        }
        if (taskService.getVariable(taskId, SurveyProcess.SURVEY_ID) instanceof Number surveyId) {
            return Optional.of("/staff/surveys/" + surveyId.longValue());
        }
        if (taskService.getVariable(taskId, MonthlyReportProcess.MONTH) instanceof String month
                && month.matches("\\d{4}-\\d{2}")) {
            return Optional.of("/staff/insight/monthly/" + month);
        }
        return Optional.empty();
    }
}
