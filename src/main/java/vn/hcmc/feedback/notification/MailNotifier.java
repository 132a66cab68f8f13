package vn.hcmc.feedback.notification;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues a mail at most once per key, in the caller's transaction: a business step (a delegate of citizen-report,
 * adoption-campaign, survey-campaign) writes the outbox row and starts its delivery (process {@code mail-delivery})
 * together with its own work, and nothing more. Sending happens later in the delivery's own retried job
 * ({@link MailDelivery}), so an SMTP outage never fails, retries or stops the business step; it becomes an incident
 * of mail-delivery in Cockpit.
 *
 * <p>Keys name the business event and the recipient, e.g. {@code report:PA-26-7K3F9Q:answer-published:1:a@b.vn}.
 */
@Service
public class MailNotifier {

    private static final Logger log = LoggerFactory.getLogger(MailNotifier.class);

    private final OutboxMailRepository outbox;
    private final MailDeliveryWorkflow delivery;
    private final Clock clock;

    public MailNotifier(OutboxMailRepository outbox, MailDeliveryWorkflow delivery, Clock clock) {
        this.outbox = outbox;
        this.delivery = delivery;
        this.clock = clock;
    }

    /**
     * Queues the mail unless one with this key was queued before (sent or not).
     *
     * @return true if it was queued now, false if it had been queued already
     */
    @Transactional
    public boolean enqueue(String dedupKey, String to, String subject, String body) {
        if (outbox.existsByDedupKey(dedupKey)) {
            log.debug("Mail {} was queued before; not queueing it again", dedupKey);
            return false;
        }
        OutboxMail mail = outbox.saveAndFlush(new OutboxMail(dedupKey, to, subject, body, clock.instant()));
        delivery.start(mail.getId());
        log.debug("Mail {} to {} queued as notification {}", dedupKey, to, mail.getId());
        return true;
    }

    /** Whether the mail with this key has left (the delivery job sent it). */
    @Transactional(readOnly = true)
    public boolean wasSent(String dedupKey) {
        return outbox.findByDedupKey(dedupKey).map(m -> m.getStatus() == OutboxMail.Status.SENT).orElse(false);
    }

    /** Whether a mail with this key is in the outbox, sent or not. */
    @Transactional(readOnly = true)
    public boolean isQueued(String dedupKey) {
        return outbox.existsByDedupKey(dedupKey);
    }
}
