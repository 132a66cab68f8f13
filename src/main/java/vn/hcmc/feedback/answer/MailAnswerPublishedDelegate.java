package vn.hcmc.feedback.answer;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.report.process.CitizenReportProcess;

/** {@code ${mailAnswerPublished}}: the published answer to the reporter and every follower (async, retried). */
@Component("mailAnswerPublished")
public class MailAnswerPublishedDelegate implements JavaDelegate {

    private final AnswerMails mails;

    public MailAnswerPublishedDelegate(AnswerMails mails) {
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mails.answerPublished(CitizenReportProcess.reportId(execution), CitizenReportProcess.answerRound(execution));
    }
}
