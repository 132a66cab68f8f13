package vn.hcmc.feedback.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.system.Refusal;

/**
 * How often one client address (or one citizen's contact) may write to or look up the public services (issue 16,
 * finding 4): token buckets (Bucket4j) per kind of request and key, refilling over their window, kept in a bounded
 * cache on this node. A request beyond its allowance is refused with 429 and {@code Retry-After}, before anything is
 * read or stored. The allowances are settings ({@code feedback.security.rate-limits.*}, application.yml); every
 * refusal is counted in {@code feedback.rate.limited} with the kind as tag.
 */
@Component
@EnableConfigurationProperties(RateLimits.Settings.class)
public class RateLimits {

    /** The kinds of request that are limited, each with its allowance in {@link Settings}. */
    public enum Kind {
        /** Reports, answers to the unit's questions, ratings, Open311 requests: per client address. */
        REPORT_WRITES,
        /** Answers to surveys: per client address. */
        SURVEY_ANSWERS,
        /** Looking a report up by its code (JSON, page, Open311): per client address; guessing codes is slow. */
        LOOKUPS,
        /** Reports from one e-mail address or phone number, from any address. */
        REPORTS_PER_CONTACT
    }

    /** {@code requests} per {@code per}, e.g. 20 per 10m. */
    public record Limit(int requests, Duration per) {
    }

    @ConfigurationProperties("feedback.security.rate-limits")
    public record Settings(Limit reportWrites, Limit surveyAnswers, Limit lookups, Limit reportsPerContact) {

        Limit of(Kind kind) {
            return switch (kind) {
                case REPORT_WRITES -> reportWrites;
                case SURVEY_ANSWERS -> surveyAnswers;
                case LOOKUPS -> lookups;
                case REPORTS_PER_CONTACT -> reportsPerContact;
            };
        }
    }

    private final Settings settings;
    private final MeterRegistry meters;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().expireAfterAccess(Duration.ofHours(2))
            .maximumSize(500_000).build();

    RateLimits(Settings settings, MeterRegistry meters) {
        this.settings = settings;
        this.meters = meters;
    }

    /** Takes one request of the kind for the key, or refuses it (429) when the key's allowance is spent. */
    public void take(Kind kind, String key) {
        Limit limit = settings.of(kind);
        Bucket bucket = buckets.get(kind + "\n" + key, k -> Bucket.builder().addLimit(Bandwidth.builder()
                .capacity(limit.requests()).refillGreedy(limit.requests(), limit.per()).build()).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            meters.counter("feedback.rate.limited", "kind", kind.name().toLowerCase()).increment();
            long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
            throw new Refusal(Refusal.Reason.TOO_MANY_REQUESTS, "too-many-requests",
                    "Quá nhiều yêu cầu / Too many requests",
                    "At most " + limit.requests() + " such requests per " + limit.per().toMinutes()
                            + " minutes are accepted from one " + (kind == Kind.REPORTS_PER_CONTACT ? "contact"
                            : "address") + "; try again in " + seconds + " s.",
                    Map.of(Refusal.RETRY_AFTER_SECONDS, seconds));
        }
    }
}
