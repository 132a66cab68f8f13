package vn.hcmc.feedback.insight;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's trend: per week (Monday to Sunday, city time), the reports received and the answers published on
 * time and late (those whose deadline is on record), over the twelve weeks up to a day; for some units or all, and optionally one category. One query
 * per table, each an index range over the twelve weeks with a sum per week.
 */
@Service
public class WeeklyTrend {

    static final int WEEKS = 12;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");

    private final NamedParameterJdbcTemplate jdbc;

    WeeklyTrend(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Week(LocalDate monday, long received, long answeredOnTime, long answeredLate) {

        public String label() {
            return DAY.format(monday);
        }

        public long answered() {
            return answeredOnTime + answeredLate;
        }
    }

    /** The twelve weeks whose last one contains {@code lastDay}, oldest first. */
    @Transactional(readOnly = true)
    public List<Week> upTo(LocalDate lastDay, String category, Collection<String> units) {
        LocalDate firstMonday = lastDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .minusWeeks(WEEKS - 1);
        List<Instant> starts = new ArrayList<>();
        for (int w = 0; w <= WEEKS; w++) {
            starts.add(firstMonday.plusWeeks(w).atStartOfDay(ReportingPeriod.CITY).toInstant());
        }
        MapSqlParameterSource p = new MapSqlParameterSource().addValue("category", category).addValue("units", units)
                .addValue("from", Timestamp.from(starts.get(0))).addValue("to", Timestamp.from(starts.get(WEEKS)));
        StringBuilder received = new StringBuilder("select ");
        StringBuilder answered = new StringBuilder("select ");
        for (int w = 0; w < WEEKS; w++) {
            p.addValue("w" + w, Timestamp.from(starts.get(w))).addValue("w" + (w + 1), Timestamp.from(starts.get(w + 1)));
            String week = " >= :w" + w + " and %s < :w" + (w + 1);
            received.append(w == 0 ? "" : ", ").append("coalesce(sum(case when r.received_at").append(week
                    .formatted("r.received_at")).append(" then 1 else 0 end), 0)");
            answered.append(w == 0 ? "" : ", ").append("coalesce(sum(case when a.published_at").append(week
                    .formatted("a.published_at")).append(" and a.published_at <= a.answer_due_at then 1 else 0 end),"
                    + " 0), coalesce(sum(case when a.published_at").append(week.formatted("a.published_at"))
                    .append(" and a.published_at > a.answer_due_at then 1 else 0 end),"
                    + " 0)");
        }
        received.append(" from report r where r.received_at >= :from and r.received_at < :to")
                .append(category == null ? "" : " and r.category = :category")
                .append(units == null ? "" : " and r.unit_code in (:units)");
        answered.append(" from published_answer a where a.published_at >= :from and a.published_at < :to")
                .append(category == null ? "" : " and a.category = :category")
                .append(units == null ? "" : " and a.unit_code in (:units)");
        long[] r = jdbc.queryForObject(received.toString(), p, (rs, i) -> {
            long[] v = new long[WEEKS];
            for (int w = 0; w < WEEKS; w++) {
                v[w] = rs.getLong(w + 1);
            }
            return v;
        });
        long[] a = jdbc.queryForObject(answered.toString(), p, (rs, i) -> {
            long[] v = new long[2 * WEEKS];
            for (int c = 0; c < 2 * WEEKS; c++) {
                v[c] = rs.getLong(c + 1);
            }
            return v;
        });
        List<Week> weeks = new ArrayList<>();
        for (int w = 0; w < WEEKS; w++) {
            weeks.add(new Week(firstMonday.plusWeeks(w), r[w], a[2 * w], a[2 * w + 1]));
        }
        return weeks;
    }
}
