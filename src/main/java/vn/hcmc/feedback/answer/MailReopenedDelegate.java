package vn.hcmc.feedback.answer;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.report.process.CitizenReportProcess;

/** {@code ${mailReportReopened}}: tells the reporter the report went back to the unit (async, retried). */
@Component("mailReportReopened")
public class MailReopenedDelegate implements JavaDelegate {

    private final AnswerMails mails;

    public MailReopenedDelegate(AnswerMails mails) {
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mails.reopened(CitizenReportProcess.reportId(execution), CitizenReportProcess.answerRound(execution));
    }
}
