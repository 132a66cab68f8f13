package vn.hcmc.feedback.answer;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.report.ReporterMails;
import vn.hcmc.feedback.report.process.CitizenReportProcess;

/** {@code ${mailReceipt}}: the receipt with the tracking code, beside triage (async, retried; never blocks it). */
@Component("mailReceipt")
public class MailReceiptDelegate implements JavaDelegate {

    private final ReporterMails mails;

    public MailReceiptDelegate(ReporterMails mails) {
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mails.send(CitizenReportProcess.reportId(execution), "receipt", "1", false, Map.of());
    }
}
