package vn.hcmc.feedback.notification.process;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The mail worker's own threads ({@code mail-worker-1}, …): each polls for due mails every {@code poll-interval}
 * and, while it finds full batches, at once again. Off where the job executor is off (the tests run deliveries
 * themselves, {@code feedback.notification.worker.enabled}). Started last and stopped first with the application: a
 * mail being sent when the node stops is finished (bounded by the SMTP timeouts), or fetched again by another node
 * once its lock expires, and not sent twice (its row is marked SENT).
 */
@Component
public class MailWorkerThreads implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MailWorkerThreads.class);

    private final MailWorker worker;
    private final boolean enabled;
    private final int threads;
    private final Duration pollInterval;
    private volatile ScheduledExecutorService executor;
    private volatile boolean running;

    public MailWorkerThreads(MailWorker worker,
                      @Value("${feedback.notification.worker.enabled:true}") boolean enabled,
                      @Value("${feedback.notification.worker.threads:1}") int threads,
                      @Value("${feedback.notification.worker.poll-interval:PT1S}") Duration pollInterval) {
        if (threads < 1 || pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("feedback.notification.worker: threads and poll-interval must be "
                    + "positive, not " + threads + " and " + pollInterval);
        }
        this.worker = worker;
        this.enabled = enabled;
        this.threads = threads;
        this.pollInterval = pollInterval;
    }

    @Override
    public void start() {
        if (!enabled) {
            log.info("Mail worker off (feedback.notification.worker.enabled=false): queued mails wait");
            return;
        }
        running = true;
        AtomicInteger number = new AtomicInteger();
        ScheduledExecutorService started = Executors.newScheduledThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "mail-worker-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        for (int i = 0; i < threads; i++) {
            started.scheduleWithFixedDelay(this::poll, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
        }
        executor = started;
        log.info("Mail worker started: {} thread(s), polling every {}", threads, pollInterval);
    }

    /** One round: batches until one is not full. A failure is logged and the next round comes as planned. */
    void poll() {
        try {
            while (running && worker.work().size() == worker.batchSize()) {
                log.debug("A full batch of mails; fetching the next at once");
            }
        } catch (RuntimeException e) {
            // the scheduler would stop polling for ever if this escaped; the next round retries the fetch
            log.error("Mail worker round failed; next round in {}", pollInterval, e);
        }
    }

    @Override
    public void stop() {
        running = false;
        ScheduledExecutorService stopping = executor;
        executor = null;
        if (stopping == null) {
            return;
        }
        stopping.shutdown();
        try {
            if (!stopping.awaitTermination(60, TimeUnit.SECONDS)) {
                log.warn("Mail worker still sending after 60 s; stopping it (its mails are fetched again later)");
                stopping.shutdownNow();
            }
        } catch (InterruptedException e) {
            stopping.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
