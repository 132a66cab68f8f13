package vn.hcmc.feedback.answer;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.report.process.CitizenReportProcess;

/** {@code ${mailReportClosed}}: tells the reporter the report is closed, and why (async, retried). */
@Component("mailReportClosed")
public class MailClosedDelegate implements JavaDelegate {

    private final AnswerMails mails;
    private final AnswerClosing closing;

    public MailClosedDelegate(AnswerMails mails, AnswerClosing closing) {
        this.mails = mails;
        this.closing = closing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long reportId = CitizenReportProcess.reportId(execution);
        mails.closed(reportId, closing.reasonOf(reportId, CitizenReportProcess.answerRound(execution)));
    }
}
