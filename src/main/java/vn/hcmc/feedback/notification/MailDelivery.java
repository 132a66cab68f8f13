package vn.hcmc.feedback.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends one queued mail and marks it SENT. Runs in a job that may run more than once: a mail already SENT is not
 * sent again, and the SENT mark is committed in its own transaction right after the SMTP server took the mail, so a
 * job that fails later (or is re-executed) does not repeat it. A failed attempt is counted and its error kept (also
 * in its own transaction, since the job's rolls back), then the exception goes on to the job, which retries.
 */
@Service
public class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private final JavaMailSender mailSender;
    private final OutboxMailRepository outbox;
    private final TransactionTemplate ownTransaction;
    private final String from;
    private final Clock clock;

    public MailDelivery(JavaMailSender mailSender, OutboxMailRepository outbox,
                        PlatformTransactionManager transactionManager,
                        @Value("${feedback.notification.from}") String from, Clock clock) {
        this.mailSender = mailSender;
        this.outbox = outbox;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.from = from;
        this.clock = clock;
    }

    /**
     * Sends the mail unless it was sent before.
     *
     * @return true if it was sent now, false if it had been sent already
     * @throws MailException when the mail cannot be sent (the job retries)
     * @throws IllegalArgumentException when there is no such mail in the outbox
     */
    public boolean deliver(long notificationId) {
        OutboxMail mail = ownTransaction.execute(status -> outbox.findById(notificationId)
                .orElseThrow(() -> new IllegalArgumentException("No mail " + notificationId + " in the outbox")));
        if (mail.getStatus() == OutboxMail.Status.SENT) {
            log.debug("Mail {} ({}) was sent before; not sending again", notificationId, mail.getDedupKey());
            return false;
        }
        try {
            mailSender.send(message(mail));
        } catch (MailException e) {
            record(notificationId, m -> m.failed(e.getMessage()));
            log.warn("Mail {} ({}) to {} not sent: {}", notificationId, mail.getDedupKey(), mail.getRecipient(),
                    e.getMessage());
            throw e;
        }
        Instant at = clock.instant();
        record(notificationId, m -> m.sent(at));
        log.info("Mail {} ({}) sent to {}", notificationId, mail.getDedupKey(), mail.getRecipient());
        return true;
    }

    private void record(long notificationId, Consumer<OutboxMail> change) {
        ownTransaction.executeWithoutResult(status -> {
            OutboxMail mail = outbox.findById(notificationId).orElseThrow();
            change.accept(mail);
        });
    }

    private MimeMessage message(OutboxMail mail) {
        MimeMessage message = mailSender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(mail.getRecipient());
            helper.setSubject(mail.getSubject());
            helper.setText(mail.getBody(), false);
        } catch (MessagingException e) {
            throw new MailPreparationException("Mail " + mail.getId() + " to " + mail.getRecipient()
                    + " cannot be composed: " + e.getMessage(), e);
        }
        return message;
    }
}
