package vn.hcmc.feedback.insight;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcmc.feedback.system.Refusal;

/**
 * The city's monthly report: the units' figures of the period ending at 12:00 on the 25th, frozen when generated,
 * approved (or returned) by a city leader, then published on the public page. A return regenerates the figures.
 */
@Service
public class MonthlyReports {

    public enum Status { AWAITING_APPROVAL, RETURNED, PUBLISHED }

    /** How many units the form's summary names at the top and the bottom of the ranking. */
    static final int SUMMARY_UNITS = 5;

    public record MonthlyReport(YearMonth month, Status status, int version, Instant generatedAt, String decidedBy,
                                Instant decidedAt, String comment, Instant publishedAt, UnitFigures.Table table) {

        /** The units with answers in the period, best first (the ranking). */
        public List<UnitFigures.Figures> ranked() {
            return table.units().stream().filter(f -> f.answered() > 0).toList();
        }

        public List<UnitFigures.Figures> top() {
            List<UnitFigures.Figures> ranked = ranked();
            return ranked.subList(0, Math.min(SUMMARY_UNITS, ranked.size()));
        }

        /** The last units of the ranking, worst last; none that are also in the top. */
        public List<UnitFigures.Figures> bottom() {
            List<UnitFigures.Figures> ranked = ranked();
            int from = Math.max(Math.min(SUMMARY_UNITS, ranked.size()), ranked.size() - SUMMARY_UNITS);
            return ranked.subList(from, ranked.size());
        }
    }

    private final UnitFigures figures;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    MonthlyReports(UnitFigures figures, JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
        this.figures = figures;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** The period that has just ended at {@code now} (the timer fires at 12:00 on the 25th). */
    public static YearMonth endedBy(Instant now) {
        return ReportingPeriod.containing(now).month().minusMonths(1);
    }

    /** Computes and freezes the month's figures: a first version, or the next after a return. */
    @Transactional
    public MonthlyReport generate(YearMonth month) {
        Instant now = clock.instant();
        ReportingPeriod period = ReportingPeriod.month(month);
        if (now.isBefore(period.to())) {
            throw Refusal.conflict("period-not-over", "Kỳ " + month + " chưa kết thúc (" + period.inWords()
                    + "). / The period " + month + " is not over yet.");
        }
        String snapshot = write(figures.of(period, null, null, now));
        Optional<MonthlyReport> existing = find(month);
        if (existing.filter(r -> r.status() == Status.PUBLISHED).isPresent()) {
            throw Refusal.conflict("monthly-report-published", "Báo cáo kỳ " + month + " đã công bố. / The report"
                    + " of " + month + " is published already.");
        }
        if (existing.isPresent()) {
            jdbc.update("update monthly_report set status = ?, version = version + 1, figures = ?, generated_at = ?"
                    + " where period_month = ?", Status.AWAITING_APPROVAL.name(), snapshot, Timestamp.from(now),
                    month.toString());
        } else {
            jdbc.update("insert into monthly_report (period_month, period_from, period_to, status, version, figures,"
                    + " generated_at) values (?, ?, ?, ?, 1, ?, ?)", month.toString(), Timestamp.from(period.from()),
                    Timestamp.from(period.to()), Status.AWAITING_APPROVAL.name(), snapshot, Timestamp.from(now));
        }
        return find(month).orElseThrow();
    }

    /** A city leader's decision; a return needs a comment (what to check before the figures are regenerated). */
    @Transactional
    public void decide(YearMonth month, Boolean approved, String comment, String leader) {
        if (approved == null) {
            throw Refusal.invalid("decision-required", "Chọn duyệt hoặc trả lại / say whether the report is approved.");
        }
        String clean = comment == null || comment.isBlank() ? null : comment.strip();
        if (!approved && clean == null) {
            throw Refusal.invalid("return-comment-required", "Trả lại cần ý kiến / a returned report needs a comment.");
        }
        if (clean != null && clean.length() > 2000) {
            throw Refusal.invalid("comment-too-long", "Ý kiến tối đa 2000 ký tự / the comment has at most 2000"
                    + " characters.");
        }
        jdbc.update("update monthly_report set status = ?, decided_by = ?, decided_at = ?, comment = ?"
                + " where period_month = ?", approved ? Status.AWAITING_APPROVAL.name() : Status.RETURNED.name(),
                leader, Timestamp.from(clock.instant()), clean, month.toString());
    }

    @Transactional
    public void publish(YearMonth month) {
        jdbc.update("update monthly_report set status = ?, published_at = ? where period_month = ?",
                Status.PUBLISHED.name(), Timestamp.from(clock.instant()), month.toString());
    }

    @Transactional(readOnly = true)
    public Optional<MonthlyReport> find(YearMonth month) {
        return jdbc.query("select period_month, status, version, generated_at, decided_by, decided_at, comment,"
                + " published_at, figures from monthly_report where period_month = ?", (rs, i) -> new MonthlyReport(
                        YearMonth.parse(rs.getString(1)), Status.valueOf(rs.getString(2)), rs.getInt(3),
                        instant(rs.getTimestamp(4)), rs.getString(5), instant(rs.getTimestamp(6)), rs.getString(7),
                        instant(rs.getTimestamp(8)), read(rs.getString(9))), month.toString())
                .stream().findFirst();
    }

    /** The published reports, newest first. */
    @Transactional(readOnly = true)
    public List<YearMonth> published() {
        return jdbc.queryForList("select period_month from monthly_report where status = ? order by period_month"
                + " desc", String.class, Status.PUBLISHED.name()).stream().map(YearMonth::parse).toList();
    }

    /** What the leader's form shows: the city's totals, then the top and bottom of the ranking. */
    public static String summary(MonthlyReport report) {
        UnitFigures.Figures city = report.table().city();
        StringBuilder text = new StringBuilder();
        text.append("Kỳ / period ").append(report.table().period().inWords()).append('\n')
                .append("Toàn Thành phố / city: tiếp nhận / received ").append(city.received())
                .append(", trả lời / answered ").append(city.answered())
                .append(", đúng hạn / on time ").append(percent(city.onTimeRate()))
                .append(", quá hạn / overdue ").append(city.overdueNow()).append("\n\n")
                .append("Dẫn đầu / top:\n").append(lines(report.top(), 1)).append('\n')
                .append("Cuối bảng / bottom:\n")
                .append(lines(report.bottom(), report.ranked().size() - report.bottom().size() + 1));
        return text.toString();
    }

    private static String lines(List<UnitFigures.Figures> units, int firstRank) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < units.size(); i++) {
            UnitFigures.Figures f = units.get(i);
            text.append(firstRank + i).append(". ").append(f.unitName()).append(": ").append(percent(f.onTimeRate()))
                    .append(" đúng hạn / on time, ").append(f.answered()).append(" trả lời / answers\n");
        }
        return units.isEmpty() ? "—\n" : text.toString();
    }

    static String percent(Double rate) {
        return rate == null ? "—" : String.format(java.util.Locale.ROOT, "%.1f %%", rate * 100);
    }

    private String write(UnitFigures.Table table) {
        try {
            return json.writeValueAsString(table);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The figures could not be written as JSON", e);
        }
    }

    private UnitFigures.Table read(String stored) {
        try {
            return json.readValue(stored, UnitFigures.Table.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored monthly figures are not readable", e);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
