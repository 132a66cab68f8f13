package vn.hcmc.feedback.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends a mail at most once per key. Call it from an asynchronous service task with a retry cycle: when the SMTP
 * server fails, the exception reaches the job, which retries and finally raises an incident; once a mail has left,
 * its sent-marker is committed at once (in its own transaction), so a retried or re-executed job skips it.
 *
 * <p>Keys name the business event and the recipient, e.g. {@code report:PA-26-7K3F9Q:answer-published:a@b.vn}.
 */
@Service
public class MailNotifier {

    private static final Logger log = LoggerFactory.getLogger(MailNotifier.class);

    private final JavaMailSender mailSender;
    private final SentNotificationRepository sent;
    private final TransactionTemplate ownTransaction;
    private final String from;

    public MailNotifier(JavaMailSender mailSender, SentNotificationRepository sent,
                        PlatformTransactionManager transactionManager,
                        @Value("${feedback.notification.from}") String from) {
        this.mailSender = mailSender;
        this.sent = sent;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.from = from;
    }

    /**
     * Sends the mail unless one with this key was sent before.
     *
     * @return true if it was sent now, false if it had been sent already
     * @throws org.springframework.mail.MailException when the mail cannot be sent (the job retries)
     */
    public boolean sendOnce(String dedupKey, String to, String subject, String body) {
        if (Boolean.TRUE.equals(ownTransaction.execute(status -> sent.existsByDedupKey(dedupKey)))) {
            log.debug("Mail {} was sent before; not sending again", dedupKey);
            return false;
        }
        mailSender.send(message(to, subject, body));
        ownTransaction.executeWithoutResult(status ->
                sent.save(new SentNotification(dedupKey, to, truncate(subject, 500), Instant.now())));
        log.info("Mail {} sent to {}", dedupKey, to);
        return true;
    }

    public boolean wasSent(String dedupKey) {
        return sent.existsByDedupKey(dedupKey);
    }

    private MimeMessage message(String to, String subject, String body) {
        MimeMessage message = mailSender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(body, false);
        } catch (MessagingException e) {
            throw new MailPreparationException("Mail to " + to + " cannot be composed: " + e.getMessage(), e);
        }
        return message;
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
