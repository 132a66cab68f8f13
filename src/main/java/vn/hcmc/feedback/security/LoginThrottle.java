package vn.hcmc.feedback.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Wrong passwords slow down whoever sends them, never the official they name (issue 16): failures are counted per
 * client address and account together, and per client address over all accounts, in token buckets that refill over
 * the window. An address that spent its failures is answered 429 until the bucket refills; the official logs in from
 * their own address meanwhile. No account is ever locked by failures (Camunda's own lock and delays are off,
 * {@code loginMaxAttempts}/{@code loginDelayBase} in application.yml). Every failure is counted
 * ({@code feedback.login.failures}) and every address that starts being held is logged.
 *
 * <p>The buckets live in this node's memory, bounded in number; behind a proxy the client address is the one the
 * proxy forwards ({@code server.forward-headers-strategy}).
 */
@Component
public class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final int perAccountAndAddress;
    private final int perAddress;
    private final Duration window;
    private final Cache<String, Bucket> buckets;
    private final Counter failures;
    private final Counter held;

    LoginThrottle(@Value("${feedback.security.login.failures-per-account-and-address}") int perAccountAndAddress,
                  @Value("${feedback.security.login.failures-per-address}") int perAddress,
                  @Value("${feedback.security.login.window}") Duration window,
                  MeterRegistry meters) {
        this.perAccountAndAddress = perAccountAndAddress;
        this.perAddress = perAddress;
        this.window = window;
        this.buckets = Caffeine.newBuilder().expireAfterAccess(window).maximumSize(200_000).build();
        this.failures = Counter.builder("feedback.login.failures")
                .description("Logins refused for a wrong user or password").register(meters);
        this.held = Counter.builder("feedback.login.held")
                .description("Login attempts answered 429 because their address spent its failures").register(meters);
    }

    /**
     * How long an attempt of the address on this account is held (answered 429) before it may try again; zero when
     * it may try now.
     */
    public Duration holdFor(String address, String account) {
        Duration wait = waitFor(pairKey(address, account));
        Duration addressWait = waitFor(addressKey(address));
        Duration longest = wait.compareTo(addressWait) >= 0 ? wait : addressWait;
        if (!longest.isZero()) {
            held.increment();
        }
        return longest;
    }

    public void failed(String address, String account) {
        failures.increment();
        Bucket pair = bucket(pairKey(address, account), perAccountAndAddress);
        Bucket all = bucket(addressKey(address), perAddress);
        boolean pairSpent = pair.tryConsume(1) && pair.getAvailableTokens() == 0;
        boolean addressSpent = all.tryConsume(1) && all.getAvailableTokens() == 0;
        if (pairSpent || addressSpent) {
            log.warn("Login failures from {} (last for account '{}'): further attempts held for up to {}", address,
                    account, window);
        }
    }

    /** A login that succeeded forgets the failures of that address for that account (not the address's total). */
    public void succeeded(String address, String account) {
        buckets.invalidate(pairKey(address, account));
    }

    private Duration waitFor(String key) {
        Bucket bucket = buckets.getIfPresent(key);
        if (bucket == null || bucket.getAvailableTokens() > 0) {
            return Duration.ZERO;
        }
        return Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
    }

    private Bucket bucket(String key, int failuresAllowed) {
        return buckets.get(key, k -> Bucket.builder().addLimit(Bandwidth.builder().capacity(failuresAllowed)
                .refillGreedy(failuresAllowed, window).build()).build());
    }

    private static String pairKey(String address, String account) {
        return address + "\n" + account.toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return address;
    }
}
