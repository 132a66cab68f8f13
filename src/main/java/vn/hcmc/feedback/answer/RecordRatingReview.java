package vn.hcmc.feedback.answer;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.security.Actor;
import vn.hcmc.feedback.system.ApiProblem;

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
        Object decision = task.getVariable(AnswerProcess.REVIEW_DECISION);
        if (!AnswerProcess.REVIEW_CLOSE.equals(decision) && !AnswerProcess.REVIEW_REOPEN.equals(decision)) {
            throw ApiProblem.badRequest("review-decision-required",
                    "Choose reviewDecision 'close' or 'reopen'.");
        }
        closing.reviewed(AnswerDelegates.reportId(task), (String) decision,
                (String) task.getVariable(AnswerProcess.COMMENT), Actor.current(identityService));
        task.getExecution().setVariable(AnswerProcess.RATING_OUTCOME, AnswerProcess.REVIEW_REOPEN.equals(decision)
                ? AnswerProcess.OUTCOME_REOPEN : AnswerProcess.OUTCOME_CLOSE);
    }
}
