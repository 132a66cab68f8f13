package vn.hcmc.feedback.answer;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.report.process.CitizenReportProcess;
import vn.hcmc.feedback.report.process.ReportRatingProcess;
import vn.hcmc.feedback.security.Actor;
import vn.hcmc.feedback.system.Refusal;

/** On completion of "Review rating": the inspectorate closes the report or reopens it again (ratingOutcome). */
@Component("recordRatingReview")
public class RecordRatingReview implements TaskListener {

    private final AnswerClosing closing;
    private final IdentityService identityService;

    public RecordRatingReview(AnswerClosing closing, IdentityService identityService) {
        this.closing = closing;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        Object decision = task.getVariable(ReportRatingProcess.FIELD_REVIEW_DECISION);
        if (!ReportRatingProcess.REVIEW_CLOSE.equals(decision) && !ReportRatingProcess.REVIEW_REOPEN.equals(decision)) {
            throw Refusal.invalid("review-decision-required",
                    "Chọn kết thúc hoặc chuyển lại đơn vị / choose reviewDecision 'close' or 'reopen'.");
        }
        closing.reviewed(CitizenReportProcess.reportId(task), (String) decision,
                (String) task.getVariable(ReportRatingProcess.FIELD_COMMENT), Actor.current(identityService));
        task.getExecution().setVariable(ReportRatingProcess.RATING_OUTCOME, ReportRatingProcess.REVIEW_REOPEN.equals(decision)
                ? ReportRatingProcess.OUTCOME_REOPEN : ReportRatingProcess.OUTCOME_CLOSE);
    }
}
