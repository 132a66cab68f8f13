package vn.hcmc.feedback.answer;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${publishAnswer}}: publishes the approved answer; sets answerRound and the rating window. */
@Component("publishAnswer")
public class PublishAnswerDelegate implements JavaDelegate {

    private final AnswerPublication publication;
    private final AnswerProperties properties;

    public PublishAnswerDelegate(AnswerPublication publication, AnswerProperties properties) {
        this.publication = publication;
        this.properties = properties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PublishedAnswer published = publication.publish(AnswerDelegates.reportId(execution));
        execution.setVariable(AnswerProcess.ANSWER_ROUND, published.getRound());
        execution.setVariable(AnswerProcess.RATING_WINDOW, properties.ratingWindowIso());
    }
}
