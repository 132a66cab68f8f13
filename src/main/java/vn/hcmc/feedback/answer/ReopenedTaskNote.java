package vn.hcmc.feedback.answer;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.report.ReportRepository;
import vn.hcmc.feedback.report.ReportStatus;
import vn.hcmc.feedback.report.process.CitizenReportProcess;

/**
 * On creation of "Handle report" for a reopened report: the citizen's rating and comment become the task's
 * description, so the unit reads why the report came back (the text stays out of process variables).
 */
@Component("reopenedTaskNote")
public class ReopenedTaskNote implements TaskListener {

    private final AnswerClosing closing;
    private final ReportRepository reports;

    public ReopenedTaskNote(AnswerClosing closing, ReportRepository reports) {
        this.closing = closing;
        this.reports = reports;
    }

    @Override
    public void notify(DelegateTask task) {
        long reportId = CitizenReportProcess.reportId(task);
        boolean reopened = reports.findById(reportId).map(r -> r.getStatus() == ReportStatus.REOPENED).orElse(false);
        if (!reopened) {
            return;
        }
        closing.lastRating(reportId).ifPresent(r -> task.setDescription("Người dân chưa hài lòng với trả lời "
                + "(điểm " + r.getScore() + "/5)" + (r.getComment() == null ? "." : ": \"" + r.getComment() + "\"")
                + " / The citizen was not satisfied with the answer (score " + r.getScore() + "/5)."));
    }
}
