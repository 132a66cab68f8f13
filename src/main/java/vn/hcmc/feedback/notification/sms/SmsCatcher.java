package vn.hcmc.feedback.notification.sms;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo profile's SMS "gateway": keeps the newest messages in memory, sends none; administrators read them at
 * {@code /staff/sms}. Like the mail catcher, nothing leaves the machine.
 */
public class SmsCatcher implements SmsSender {

    private static final Logger log = LoggerFactory.getLogger(SmsCatcher.class);
    static final int KEPT = 500;

    public record CaughtSms(int number, Instant sentAt, String phone, String text) {
    }

    private final Clock clock;
    private final Deque<CaughtSms> messages = new ArrayDeque<>();
    private int next = 1;

    public SmsCatcher(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized void send(String phone, String text) {
        messages.addFirst(new CaughtSms(next++, clock.instant(), phone, text));
        while (messages.size() > KEPT) {
            messages.removeLast();
        }
        log.info("SMS to {} caught (demo SMS catcher, /staff/sms)", phone);
    }

    public synchronized List<CaughtSms> newestFirst() {
        return new ArrayList<>(messages);
    }

    /** The newest message to that number. */
    public synchronized Optional<CaughtSms> latestTo(String phone) {
        return messages.stream().filter(m -> m.phone().equals(phone)).findFirst();
    }
}
