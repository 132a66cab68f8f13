package vn.hcmc.feedback.notification.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.notification.MailDelivery;

/**
 * {@code ${sendMail}} of {@code Task_SendMail}: sends the queued mail. An SMTP failure propagates to the job, which
 * retries (R5/PT5M) and finally raises an incident on mail-delivery; a mail already sent is not sent again.
 */
@Component("sendMail")
class SendMailDelegate implements JavaDelegate {

    private final MailDelivery delivery;

    SendMailDelegate(MailDelivery delivery) {
        this.delivery = delivery;
    }

    @Override
    public void execute(DelegateExecution execution) {
        delivery.deliver(((Number) execution.getVariable(MailDeliveryProcess.NOTIFICATION_ID)).longValue());
    }
}
