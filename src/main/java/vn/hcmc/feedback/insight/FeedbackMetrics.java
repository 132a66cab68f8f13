package vn.hcmc.feedback.insight;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.directory.Category;
import vn.hcmc.feedback.directory.Unit;
import vn.hcmc.feedback.directory.UnitDirectory;

/**
 * The city's figures for Prometheus ({@code /actuator/prometheus}, managers only), read from the project's tables so
 * that every node reports the same cluster-wide totals and a restart loses nothing:
 * <ul>
 *   <li>{@code feedback_reports_received_total{category,channel}} (category {@code none} before triage; channel
 *       {@code open311} for a 311 client's request, {@code api} for the city's app and web page);</li>
 *   <li>{@code feedback_reports_overdue{unit}}: open reports past their answer deadline now, per unit;</li>
 *   <li>{@code feedback_answers_published_total}, {@code feedback_sla_breaches_total} (answers published after
 *       their deadline), {@code feedback_escalations_total{level}};</li>
 *   <li>{@code feedback_triage_total{mode}}: reports triaged automatically ({@code AUTO}) or by the desk
 *       ({@code MANUAL});</li>
 *   <li>{@code feedback_mail_failures_total}: failed delivery attempts; {@code feedback_mails_pending}.</li>
 * </ul>
 * One snapshot of a few grouped, indexed queries serves every meter, refreshed at most every 30 seconds whatever
 * the number of scrapes.
 */
@Component
class FeedbackMetrics implements MeterBinder {

    static final Duration REFRESH = Duration.ofSeconds(30);

    private final JdbcTemplate jdbc;
    private final UnitDirectory directory;
    private final Clock clock;
    private volatile Snapshot snapshot;
    private volatile long readAtNanos;

    FeedbackMetrics(JdbcTemplate jdbc, UnitDirectory directory, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String channel : List.of("api", "open311")) {
            for (Category category : directory.categories()) {
                received(registry, category.code(), channel);
            }
            received(registry, "none", channel);
        }
        for (Unit unit : directory.units()) {
            Gauge.builder("feedback.reports.overdue", this, m -> m.current().overdue.getOrDefault(unit.code(), 0L))
                    .description("Open reports past their answer deadline now").tag("unit", unit.code())
                    .register(registry);
        }
        FunctionCounter.builder("feedback.answers.published", this, m -> m.current().published)
                .description("Answers published to citizens").register(registry);
        FunctionCounter.builder("feedback.sla.breaches", this, m -> m.current().late)
                .description("Answers published after their answer deadline").register(registry);
        for (String level : List.of("1", "2")) {
            FunctionCounter.builder("feedback.escalations", this,
                            m -> m.current().escalations.getOrDefault("escalated-level-" + level, 0L))
                    .description("Escalations of overdue reports").tag("level", level).register(registry);
        }
        for (String mode : List.of("AUTO", "MANUAL")) {
            FunctionCounter.builder("feedback.triage", this, m -> m.current().triage.getOrDefault(mode, 0L))
                    .description("Reports triaged, automatically or by the triage desk").tag("mode", mode)
                    .register(registry);
        }
        FunctionCounter.builder("feedback.mail.failures", this, m -> m.current().mailFailures)
                .description("Failed mail delivery attempts").register(registry);
        Gauge.builder("feedback.mails.pending", this, m -> m.current().mailsPending)
                .description("Mails waiting to be sent").register(registry);
    }

    private void received(MeterRegistry registry, String category, String channel) {
        FunctionCounter.builder("feedback.reports.received", this,
                        m -> m.current().received.getOrDefault(category + "/" + channel, 0L))
                .description("Reports received").tag("category", category).tag("channel", channel)
                .register(registry);
    }

    /** The latest snapshot, read again when older than {@link #REFRESH} (wall time, whatever the engine's clock). */
    Snapshot current() {
        Snapshot s = snapshot;
        if (s == null || System.nanoTime() - readAtNanos > REFRESH.toNanos()) {
            synchronized (this) {
                s = snapshot;
                if (s == null || System.nanoTime() - readAtNanos > REFRESH.toNanos()) {
                    s = refresh();
                }
            }
        }
        return s;
    }

    /** Reads the figures now. */
    synchronized Snapshot refresh() {
        Snapshot s = read(clock.instant());
        snapshot = s;
        readAtNanos = System.nanoTime();
        return s;
    }

    private Snapshot read(Instant now) {
        Snapshot s = new Snapshot();
        jdbc.query("select coalesce(r.category, 'none'), case when o.report_id is null then 'api' else 'open311' end,"
                + " count(*) from report r left join open311_request o on o.report_id = r.id"
                + " group by coalesce(r.category, 'none'), case when o.report_id is null then 'api' else 'open311' end",
                rs -> { s.received.put(rs.getString(1) + "/" + rs.getString(2), rs.getLong(3)); });
        jdbc.query("select unit_code, count(*) from report where status in ('ASSIGNED', 'ANSWER_IN_APPROVAL',"
                        + " 'REOPENED') and answer_due_at < ? and unit_code is not null group by unit_code",
                rs -> { s.overdue.put(rs.getString(1), rs.getLong(2)); }, Timestamp.from(now));
        jdbc.query("select count(*), coalesce(sum(case when answer_due_at is not null and published_at > answer_due_at"
                + " then 1 else 0 end), 0) from published_answer", rs -> {
                    s.published = rs.getLong(1);
                    s.late = rs.getLong(2);
                });
        jdbc.query("select event, count(*) from report_event where event in ('escalated-level-1',"
                + " 'escalated-level-2') group by event", rs -> { s.escalations.put(rs.getString(1), rs.getLong(2)); });
        jdbc.query("select triage_mode, count(*) from report where triage_mode is not null group by triage_mode",
                rs -> { s.triage.put(rs.getString(1), rs.getLong(2)); });
        jdbc.query("select coalesce(sum(attempts), 0) - coalesce(sum(case when status = 'SENT' then 1 else 0 end), 0),"
                + " coalesce(sum(case when status = 'PENDING' then 1 else 0 end), 0) from notification", rs -> {
                    s.mailFailures = rs.getLong(1);
                    s.mailsPending = rs.getLong(2);
                });
        return s;
    }

    static final class Snapshot {
        final Map<String, Long> received = new HashMap<>();
        final Map<String, Long> overdue = new HashMap<>();
        final Map<String, Long> escalations = new HashMap<>();
        final Map<String, Long> triage = new HashMap<>();
        long published;
        long late;
        long mailFailures;
        long mailsPending;
    }
}
