package vn.hcmc.feedback.insight;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcmc.feedback.answer.AnswerProperties;
import vn.hcmc.feedback.deadline.WorkingCalendar;
import vn.hcmc.feedback.directory.Unit;
import vn.hcmc.feedback.directory.UnitDirectory;

/**
 * How each unit answers its citizens over a period, from the project's tables (report, published_answer,
 * report_event, answer_rating) with one indexed query per figure family:
 * <ul>
 *   <li>received: reports received in the period, by the unit they are with now;</li>
 *   <li>answered, on time: answers published in the period, on time when published no later than the answer
 *       deadline of that moment; the on-time rate counts the answers whose deadline is on record (an answer
 *       published before the deadline was kept with it has none);</li>
 *   <li>in progress, overdue now: open reports with the unit at this instant (not period-bound), overdue when past
 *       their answer deadline and not waiting for the citizen (the clock is paused then);</li>
 *   <li>working time to accept (from routing or transfer to the unit's acceptance) and to answer (from receipt to
 *       publication): median and 90th percentile, in working hours of the city's calendar;</li>
 *   <li>information requests, transfers away, extensions approved, escalations by level, reopenings: history steps
 *       in the period, counted for the unit the report was with at that step;</li>
 *   <li>satisfaction: ratings in the period, their mean and the share at or below the low score.</li>
 * </ul>
 * A category narrows every figure to reports of that category.
 */
@Service
public class UnitFigures {

    static final List<String> IN_PROGRESS = List.of("ASSIGNED", "AWAITING_INFORMATION", "ANSWER_IN_APPROVAL",
            "REOPENED");

    private final NamedParameterJdbcTemplate jdbc;
    private final UnitDirectory directory;
    private final WorkingCalendar calendar;
    private final int lowScore;

    UnitFigures(NamedParameterJdbcTemplate jdbc, UnitDirectory directory, WorkingCalendar calendar,
                AnswerProperties answers) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.calendar = calendar;
        this.lowScore = answers.lowScore();
    }

    /** One unit's figures; rates and times are null where there is nothing to count. */
    public record Figures(String unitCode, String unitName, long received, long answered, long answeredWithDeadline,
                          long answeredOnTime,
                          long inProgress, long overdueNow, Double medianHoursToAccept, Double p90HoursToAccept,
                          Double medianHoursToAnswer, Double p90HoursToAnswer, long informationRequests,
                          long transfers, long extensions, long escalationsLevel1, long escalationsLevel2,
                          long ratings, Double meanRating, long lowRatings, long reopened) {

        public Double onTimeRate() {
            return answeredWithDeadline == 0 ? null : (double) answeredOnTime / answeredWithDeadline;
        }

        public Double lowRatingShare() {
            return ratings == 0 ? null : (double) lowRatings / ratings;
        }

        public Double reopenRate() {
            return answered == 0 ? null : (double) reopened / answered;
        }
    }

    /** The units' figures and the city's totals. */
    public record Table(ReportingPeriod period, String category, Instant at, List<Figures> units, Figures city) {
    }

    /**
     * Figures of the given units (all when {@code units} is null), ranked by on-time rate, then by answers, then by
     * name; units with nothing in the period and nothing open are left out.
     */
    @Transactional(readOnly = true)
    public Table of(ReportingPeriod period, String category, Collection<String> units, Instant now) {
        MapSqlParameterSource p = new MapSqlParameterSource().addValue("from", java.sql.Timestamp.from(period.from()))
                .addValue("to", java.sql.Timestamp.from(period.to())).addValue("now", java.sql.Timestamp.from(now))
                .addValue("category", category).addValue("open", IN_PROGRESS).addValue("low", lowScore);
        String reportFilter = category == null ? "" : " and r.category = :category";
        Map<String, Counts> byUnit = new TreeMap<>();
        Function<String, Counts> counts = code -> byUnit.computeIfAbsent(code, c -> new Counts());

        timed("received", () -> jdbc.query(
                "select r.unit_code, count(*) from report r where r.received_at >= :from and r.received_at < :to"
                + " and r.unit_code is not null" + reportFilter + " group by r.unit_code", p,
                rs -> { counts.apply(rs.getString(1)).received = rs.getLong(2); }));
        timed("answered", () -> jdbc.query(
                "select a.unit_code, count(*), sum(case when a.answer_due_at is not null"
                + " and a.published_at <= a.answer_due_at then 1 else 0 end),"
                + " sum(case when a.answer_due_at is not null then 1 else 0 end) from published_answer a"
                + " where a.published_at >= :from and a.published_at < :to"
                + (category == null ? "" : " and a.category = :category") + " group by a.unit_code", p, rs -> {
                    Counts c = counts.apply(rs.getString(1));
                    c.answered = rs.getLong(2);
                    c.onTime = rs.getLong(3);
                    c.withDeadline = rs.getLong(4);
                }));
        timed("open now", () -> jdbc.query(
                "select r.unit_code, count(*), sum(case when r.status <> 'AWAITING_INFORMATION'"
                + " and r.answer_due_at < :now then 1 else 0 end) from report r where r.status in (:open)"
                + " and r.unit_code is not null" + reportFilter + " group by r.unit_code", p, rs -> {
                    Counts c = counts.apply(rs.getString(1));
                    c.inProgress = rs.getLong(2);
                    c.overdue = rs.getLong(3);
                }));
        timed("history steps", () -> jdbc.query(
                "select e.unit_code, e.event, count(*) from report_event e"
                + (category == null ? "" : " join report r on r.id = e.report_id")
                + " where e.event in ('information-requested', 'transferred', 'extension-approved',"
                + " 'escalated-level-1', 'escalated-level-2', 'reopened') and e.occurred_at >= :from"
                + " and e.occurred_at < :to and e.unit_code is not null" + reportFilter
                + " group by e.unit_code, e.event", p, rs -> {
                    Counts c = counts.apply(rs.getString(1));
                    long n = rs.getLong(3);
                    switch (rs.getString(2)) {
                        case "information-requested" -> c.information = n;
                        case "transferred" -> c.transfers = n;
                        case "extension-approved" -> c.extensions = n;
                        case "escalated-level-1" -> c.escalations1 = n;
                        case "escalated-level-2" -> c.escalations2 = n;
                        default -> c.reopened = n;
                    }
                }));
        timed("ratings", () -> jdbc.query(
                "select g.unit_code, count(*), avg(g.score * 1.0), sum(case when g.score <= :low then 1 else 0"
                + " end) from answer_rating g" + (category == null ? "" : " join report r on r.id = g.report_id")
                + " where g.rated_at >= :from and g.rated_at < :to" + reportFilter + " group by g.unit_code", p,
                rs -> {
                    Counts c = counts.apply(rs.getString(1));
                    c.ratings = rs.getLong(2);
                    c.ratingSum = rs.getDouble(3) * c.ratings;
                    c.lowRatings = rs.getLong(4);
                }));
        timed("time to answer", () -> jdbc.query(
                "select a.unit_code, a.received_at, a.published_at from published_answer a"
                + " where a.published_at >= :from and a.published_at < :to"
                + (category == null ? "" : " and a.category = :category"), p, rs -> {
                    counts.apply(rs.getString(1)).toAnswer.add(hours(rs.getTimestamp(2).toInstant(),
                            rs.getTimestamp(3).toInstant()));
                }));
        timed("time to accept", () -> jdbc.query(
                "select e.unit_code, e.occurred_at, (select max(s.occurred_at) from report_event s"
                + " where s.report_id = e.report_id and s.event in ('routed', 'transferred')"
                + " and s.occurred_at <= e.occurred_at) from report_event e"
                + (category == null ? "" : " join report r on r.id = e.report_id")
                + " where e.event = 'accepted' and e.occurred_at >= :from and e.occurred_at < :to"
                + " and e.unit_code is not null" + reportFilter, p, rs -> {
                    if (rs.getTimestamp(3) != null) {
                        counts.apply(rs.getString(1)).toAccept.add(hours(rs.getTimestamp(3).toInstant(),
                                rs.getTimestamp(2).toInstant()));
                    }
                }));

        List<Figures> rows = new ArrayList<>();
        Counts city = new Counts();
        byUnit.forEach((code, c) -> {
            if (units == null || units.contains(code)) {
                rows.add(c.figures(code, directory.unit(code).map(Unit::nameVi).orElse(code)));
                city.add(c);
            }
        });
        rows.sort(Comparator.comparing((Figures f) -> f.onTimeRate() == null ? -1 : f.onTimeRate()).reversed()
                .thenComparing(Comparator.comparingLong(Figures::answered).reversed())
                .thenComparing(Figures::unitName));
        return new Table(period, category, now, rows, city.figures(null, "Toàn Thành phố / The whole city"));
    }

    /** How long each query of the last call on this thread took, in milliseconds (for the benchmark). */
    static final ThreadLocal<Map<String, Double>> TIMINGS = ThreadLocal.withInitial(java.util.LinkedHashMap::new);

    private static void timed(String name, Runnable query) {
        long started = System.nanoTime();
        query.run();
        TIMINGS.get().put(name, (System.nanoTime() - started) / 1e6);
    }

    private double hours(Instant from, Instant to) {
        Duration working = to.isAfter(from) ? calendar.workingTimeBetween(from, to) : Duration.ZERO;
        return working.toMinutes() / 60.0;
    }

    /** The value at or below which {@code fraction} of the sorted values lie (nearest rank). */
    static Double percentile(List<Double> values, double fraction) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int rank = (int) Math.ceil(fraction * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    private static final class Counts {
        long received;
        long answered;
        long withDeadline;
        long onTime;
        long inProgress;
        long overdue;
        long information;
        long transfers;
        long extensions;
        long escalations1;
        long escalations2;
        long reopened;
        long ratings;
        double ratingSum;
        long lowRatings;
        final List<Double> toAccept = new ArrayList<>();
        final List<Double> toAnswer = new ArrayList<>();

        void add(Counts o) {
            received += o.received;
            answered += o.answered;
            withDeadline += o.withDeadline;
            onTime += o.onTime;
            inProgress += o.inProgress;
            overdue += o.overdue;
            information += o.information;
            transfers += o.transfers;
            extensions += o.extensions;
            escalations1 += o.escalations1;
            escalations2 += o.escalations2;
            reopened += o.reopened;
            ratings += o.ratings;
            ratingSum += o.ratingSum;
            lowRatings += o.lowRatings;
            toAccept.addAll(o.toAccept);
            toAnswer.addAll(o.toAnswer);
        }

        Figures figures(String code, String name) {
            return new Figures(code, name, received, answered, withDeadline, onTime, inProgress, overdue,
                    percentile(toAccept, 0.5), percentile(toAccept, 0.9), percentile(toAnswer, 0.5),
                    percentile(toAnswer, 0.9), information, transfers, extensions, escalations1, escalations2,
                    ratings, ratings == 0 ? null : ratingSum / ratings, lowRatings, reopened);
        }
    }
}
