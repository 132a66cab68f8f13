package vn.hcmc.feedback.answer;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.report.process.CitizenReportProcess;

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
        PublishedAnswer published = publication.publish(CitizenReportProcess.reportId(execution));
        execution.setVariable(CitizenReportProcess.ANSWER_ROUND, published.getRound());
        execution.setVariable(CitizenReportProcess.RATING_WINDOW, properties.ratingWindowIso());
    }
}
