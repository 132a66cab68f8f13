package vn.hcmc.feedback.notification.process;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.externaltask.ExternalTaskQueryTopicBuilder;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.notification.MailDelivery;

/**
 * The mail worker of a node: fetches the external tasks of topic {@code mail} ({@code Task_SendMail} of
 * {@code mail-delivery}), sends each queued mail through {@link MailDelivery} and completes its task. It runs on
 * threads of its own ({@link MailWorkerThreads}), never on the job executor's, so a mail server that is slow, down
 * or never answers holds no triage, deadline or escalation job back (issue 16, finding 10).
 *
 * <p>The notification row is what guards and records a delivery (finding 11): it is marked SENT in its own
 * transaction as soon as the SMTP server took the mail, with the time and the attempts, before the task is completed.
 * A task fetched again (its completion failed, its lock expired on a node that died) finds the row SENT and is only
 * completed. A failed attempt fails the task ({@code handleFailure}): it is fetched again after the model's
 * {@code retryDelay}; after {@code attempts} attempts it becomes an incident of mail-delivery, which an operator
 * retries in Cockpit.
 */
@Component
public class MailWorker {

    private static final Logger log = LoggerFactory.getLogger(MailWorker.class);

    static final int DEFAULT_ATTEMPTS = 5;
    static final Duration DEFAULT_RETRY_DELAY = Duration.ofMinutes(5);

    /** What became of one fetched task. */
    public enum Outcome {
        /** Sent now and completed. */
        SENT,
        /** Sent before (its row is SENT); only completed. */
        SENT_BEFORE,
        /** Not sent; the task will be fetched again after the retry delay. */
        FAILED,
        /** Not sent, and no attempt is left: an incident of mail-delivery. */
        INCIDENT,
        /** Sent (its row is SENT), but the task could not be completed; it is completed when fetched again. */
        NOT_COMPLETED
    }

    public record Attempt(long notificationId, Outcome outcome, String error) {
    }

    private final ExternalTaskService externalTasks;
    private final MailDelivery delivery;
    private final String workerId;
    private final long lockMillis;
    private final int batchSize;

    public MailWorker(ExternalTaskService externalTasks, MailDelivery delivery,
                      @Value("${feedback.notification.worker.id:}") String workerId,
                      @Value("${feedback.notification.worker.lock-duration:PT2M}") Duration lockDuration,
                      @Value("${feedback.notification.worker.batch-size:10}") int batchSize) {
        if (lockDuration.isNegative() || lockDuration.isZero() || batchSize < 1) {
            throw new IllegalArgumentException("feedback.notification.worker: lock-duration and batch-size must be "
                    + "positive, not " + lockDuration + " and " + batchSize);
        }
        this.externalTasks = externalTasks;
        this.delivery = delivery;
        this.workerId = workerId.isBlank() ? "mail-" + ManagementFactory.getRuntimeMXBean().getName() : workerId;
        this.lockMillis = lockDuration.toMillis();
        this.batchSize = batchSize;
    }

    public int batchSize() {
        return batchSize;
    }

    /** Fetches up to a batch of due mails, of any delivery, and works on each. */
    public List<Attempt> work() {
        return work(null);
    }

    /**
     * Fetches the due mail of one delivery (business key {@code mail-<id>}), or up to a batch of any when the key is
     * null, and works on each.
     */
    public List<Attempt> work(String businessKey) {
        ExternalTaskQueryTopicBuilder fetch = externalTasks.fetchAndLock(batchSize, workerId)
                .topic(MailDeliveryProcess.TOPIC, lockMillis)
                .variables(MailDeliveryProcess.NOTIFICATION_ID)
                .includeExtensionProperties();
        if (businessKey != null) {
            fetch = fetch.businessKey(businessKey);
        }
        List<Attempt> attempts = new ArrayList<>();
        for (LockedExternalTask task : fetch.execute()) {
            attempts.add(workOn(task));
        }
        return attempts;
    }

    private Attempt workOn(LockedExternalTask task) {
        long notificationId = ((Number) task.getVariables().get(MailDeliveryProcess.NOTIFICATION_ID)).longValue();
        boolean sentNow;
        try {
            sentNow = delivery.deliver(notificationId);
        } catch (RuntimeException e) {
            return failed(task, notificationId, e);
        }
        try {
            externalTasks.complete(task.getId(), workerId);
        } catch (ProcessEngineException e) {
            log.warn("Mail {} is sent (its row says so) but its task {} could not be completed: {}; it is completed "
                    + "when fetched again", notificationId, task.getId(), e.getMessage());
            return new Attempt(notificationId, Outcome.NOT_COMPLETED, e.getMessage());
        }
        return new Attempt(notificationId, sentNow ? Outcome.SENT : Outcome.SENT_BEFORE, null);
    }

    private Attempt failed(LockedExternalTask task, long notificationId, RuntimeException e) {
        Map<String, String> properties = task.getExtensionProperties();
        int attempts = positive(properties.get(MailDeliveryProcess.PROPERTY_ATTEMPTS), DEFAULT_ATTEMPTS);
        Duration delay = properties.containsKey(MailDeliveryProcess.PROPERTY_RETRY_DELAY)
                ? Duration.parse(properties.get(MailDeliveryProcess.PROPERTY_RETRY_DELAY)) : DEFAULT_RETRY_DELAY;
        // retries is null until the first failure; Cockpit's retry of an incident sets it again (to 1)
        int left = Math.max(0, (task.getRetries() == null ? attempts : task.getRetries()) - 1);
        String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
        // the last failure waits for no delay: Cockpit's retry of the incident is then fetched at once
        externalTasks.handleFailure(task.getId(), workerId, truncate(message, 600), stackTrace(e), left,
                left == 0 ? 0 : delay.toMillis());
        if (left == 0) {
            log.error("Mail {} not sent, no attempt left: incident on mail-delivery ({})", notificationId, message);
            return new Attempt(notificationId, Outcome.INCIDENT, message);
        }
        log.warn("Mail {} not sent ({}); {} attempt(s) left, the next in {}", notificationId, message, left, delay);
        return new Attempt(notificationId, Outcome.FAILED, message);
    }

    private static int positive(String value, int otherwise) {
        if (value == null) {
            return otherwise;
        }
        int n = Integer.parseInt(value.trim());
        if (n < 1) {
            throw new IllegalStateException("mail-delivery: attempts must be at least 1, not " + n);
        }
        return n;
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static String stackTrace(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
