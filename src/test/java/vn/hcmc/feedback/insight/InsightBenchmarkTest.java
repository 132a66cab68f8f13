package vn.hcmc.feedback.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.hcmc.feedback.directory.Category;
import vn.hcmc.feedback.directory.Unit;
import vn.hcmc.feedback.directory.UnitDirectory;

/**
 * Dashboard benchmark (not part of {@code ./mvnw verify}; PostgreSQL; see docs/insight.md): bulk-inserts
 * {@code benchmark.reports} (default 1,000,000) reports over the twelve months before the period measured, 85 in
 * 100 answered, with their history steps (routing, acceptance, information requests, transfers, escalations,
 * reopenings) and ratings, then times each query of the dashboard for one monthly period, for the whole city and
 * for one category. Run alone:
 * {@code ./mvnw -B -ntp verify -Ppostgres,benchmark -Dtest=InsightBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
@SpringBootTest
class InsightBenchmarkTest {

    static final int REPORTS = Integer.getInteger("benchmark.reports", 1_000_000);
    static final int RUNS = Integer.getInteger("benchmark.runs", 7);
    /** The period measured: its reports are the last twelfth of the data. */
    static final YearMonth MONTH = YearMonth.of(2026, 11);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UnitFigures figures;
    @Autowired
    UnitDirectory directory;
    @Autowired
    WeeklyTrend trend;

    @Test
    void eachDashboardQueryOfAMonthOverAMillionReports() {
        assertThat(jdbc.queryForObject("select version()", String.class)).as("run with -Ppostgres")
                .startsWith("PostgreSQL");
        long started = System.nanoTime();
        insert();
        System.out.printf(Locale.ROOT, "BENCHMARK insight: inserted %,d reports with their answers, steps and ratings"
                + " in %.1f s%n", REPORTS, (System.nanoTime() - started) / 1e9);
        for (String table : List.of("report", "answer_proposal", "published_answer", "report_event", "answer_rating")) {
            jdbc.execute("analyze " + table);
        }
        System.out.printf(Locale.ROOT, "BENCHMARK insight: rows report %,d, published_answer %,d, report_event %,d,"
                        + " answer_rating %,d%n", count("report"), count("published_answer"), count("report_event"),
                count("answer_rating"));

        ReportingPeriod period = ReportingPeriod.month(MONTH);
        Instant now = period.to();
        measure("whole city", () -> figures.of(period, null, null, now));
        measure("category garbage", () -> figures.of(period, "garbage", null, now));
        java.time.LocalDate lastDay = period.to().minusSeconds(1).atZone(ReportingPeriod.CITY).toLocalDate();
        measure("weekly trend, twelve weeks", () -> trend.upTo(lastDay, null, null));
        UnitFigures.Table table = figures.of(period, null, null, now);
        System.out.printf(Locale.ROOT, "BENCHMARK insight: the month %s: %,d units, city received %,d, answered %,d,"
                        + " on time %.1f %%, median %.1f h to answer%n", MONTH, table.units().size(),
                table.city().received(), table.city().answered(), 100 * table.city().onTimeRate(),
                table.city().medianHoursToAnswer());
        // The rows stay: -Ppostgres recreates the test database at the start of every run.
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private void measure(String name, Runnable dashboard) {
        dashboard.run(); // warm-up
        Map<String, List<Double>> byQuery = new LinkedHashMap<>();
        List<Double> total = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            UnitFigures.TIMINGS.get().clear(); // the trend has no per-query timings: only its total is reported
            long t = System.nanoTime();
            dashboard.run();
            total.add((System.nanoTime() - t) / 1e6);
            UnitFigures.TIMINGS.get().forEach((query, ms) -> byQuery.computeIfAbsent(query, q -> new ArrayList<>())
                    .add(ms));
        }
        byQuery.forEach((query, millis) -> report(name + ": " + query, millis));
        report(name + ": all its queries", total);
    }

    private static void report(String name, List<Double> millis) {
        Collections.sort(millis);
        System.out.printf(Locale.ROOT, "BENCHMARK insight: %-48s median %8.1f ms  max %8.1f ms%n", name,
                millis.get(millis.size() / 2), millis.get(millis.size() - 1));
    }

    private void insert() {
        List<String> categories = directory.categories().stream().map(Category::code).toList();
        List<String> units = directory.units().stream().map(Unit::code).toList();
        String category = "(array['" + String.join("','", categories) + "'])[1 + g % " + categories.size() + "]";
        String unit = "(array['" + String.join("','", units) + "'])[1 + (g / 7) % " + units.size() + "]";
        // twelve months up to the end of the period measured, one report every ~31.5 s; 15 in 100 still open
        String received = "(timestamptz '" + ReportingPeriod.month(MONTH).to() + "' - (g * interval '31536 ms'))";
        jdbc.update("insert into report (tracking_code, access_token_hash, status, description, category, unit_code,"
                + " ward_code, contact_flood, public_visible, language, urgent, received_at, updated_at, triage_mode,"
                + " accept_due_at, answer_due_at) select 'BM-' || g, 'benchmark', case when g % 100 < 85 then"
                + " 'ANSWERED' when g % 100 < 90 then 'AWAITING_INFORMATION' else 'ASSIGNED' end,"
                + " 'Phản ánh thử nghiệm số ' || g, " + category + ", " + unit + ", 'ben-thanh', false, true, 'vi',"
                + " false, " + received + ", " + received + ", case when g % 4 = 0 then 'MANUAL' else 'AUTO' end, "
                + received + " + interval '1 day', " + received + " + interval '7 days'"
                + " from generate_series(1, " + REPORTS + ") g");
        String g = "cast(substr(r.tracking_code, 4) as integer)";
        jdbc.update("insert into answer_proposal (report_id, version, outcome, text_vi, proposed_by, proposed_at,"
                + " decision, decided_by, decided_at) select r.id, 1, 'RESOLVED', 'Đơn vị đã xử lý xong.', 'benchmark',"
                + " r.received_at + (" + g + " % 10) * interval '1 day', 'APPROVED', 'benchmark', r.received_at"
                + " from report r where r.tracking_code like 'BM-%' and r.status = 'ANSWERED'");
        jdbc.update("insert into published_answer (report_id, tracking_code, proposal_id, round, category, unit_code,"
                + " ward_code, received_at, published_at, outcome, report_title, report_text, answer_text,"
                + " public_feed, answer_due_at) select r.id, r.tracking_code, p.id, 1, r.category, r.unit_code,"
                + " r.ward_code, r.received_at, p.proposed_at, 'RESOLVED', 'Phản ánh', r.description, p.text_vi,"
                + " true, r.answer_due_at from report r join answer_proposal p on p.report_id = r.id"
                + " where r.tracking_code like 'BM-%'");
        // every report routed and accepted; some asked for information, transferred, escalated, reopened
        step("routed", "r.received_at + interval '10 minutes'", "true");
        step("accepted", "r.received_at + interval '3 hours'", "true");
        step("information-requested", "r.received_at + interval '1 day'", g + " % 10 = 0");
        step("transferred", "r.received_at + interval '2 hours'", g + " % 20 = 0");
        step("extension-approved", "r.received_at + interval '3 days'", g + " % 25 = 0");
        step("escalated-level-1", "r.answer_due_at", g + " % 12 = 0");
        step("escalated-level-2", "r.answer_due_at + interval '2 days'", g + " % 50 = 0");
        step("reopened", "r.received_at + interval '9 days'", g + " % 40 = 0");
        jdbc.update("insert into answer_rating (report_id, round, unit_code, score, rated_at) select a.report_id, 1,"
                + " a.unit_code, 1 + a.report_id % 5, a.published_at + interval '1 day' from published_answer a"
                + " where a.tracking_code like 'BM-%' and a.report_id % 10 < 3");
    }

    private void step(String event, String at, String where) {
        jdbc.update("insert into report_event (report_id, event, actor, occurred_at, unit_code) select r.id, '" + event
                + "', 'benchmark', " + at + ", r.unit_code from report r where r.tracking_code like 'BM-%' and "
                + where);
    }
}
