package vn.hcmc.feedback.answer;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.report.ReceiptLinks;
import vn.hcmc.feedback.report.ReporterMails;
import vn.hcmc.feedback.report.process.CitizenReportProcess;

/**
 * {@code ${mailReceipt}}: the receipt with the tracking code and the private link, beside triage (async, retried;
 * never blocks it). The access token is taken from {@link ReceiptLinks} in the same transaction as the mail is
 * queued: a failed attempt keeps both, a successful one leaves the token only in the queued mail.
 */
@Component("mailReceipt")
public class MailReceiptDelegate implements JavaDelegate {

    private final ReporterMails mails;
    private final ReceiptLinks links;

    public MailReceiptDelegate(ReporterMails mails, ReceiptLinks links) {
        this.mails = mails;
        this.links = links;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long reportId = CitizenReportProcess.reportId(execution);
        mails.sendReceipt(reportId, links.take(reportId).orElse(null));
    }
}
