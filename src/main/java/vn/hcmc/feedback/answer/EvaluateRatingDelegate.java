package vn.hcmc.feedback.answer;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.report.process.CitizenReportProcess;
import vn.hcmc.feedback.report.process.ReportRatingProcess;

/** {@code ${evaluateRating}}: sets ratingOutcome to close, reopen (first low score) or review (a later one). */
@Component("evaluateRating")
public class EvaluateRatingDelegate implements JavaDelegate {

    private final AnswerClosing closing;

    public EvaluateRatingDelegate(AnswerClosing closing) {
        this.closing = closing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int score = ((Number) execution.getVariable(ReportRatingProcess.RATING_SCORE)).intValue();
        execution.setVariable(ReportRatingProcess.RATING_OUTCOME,
                closing.afterRating(CitizenReportProcess.reportId(execution), score));
    }
}
