package vn.hcmc.feedback.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.hcmc.feedback.directory.Category;
import vn.hcmc.feedback.directory.Unit;
import vn.hcmc.feedback.directory.UnitDirectory;

/**
 * Feed benchmark (not part of {@code ./mvnw verify}; PostgreSQL; see docs/answers.md): bulk-inserts
 * {@code benchmark.answers} (default 1,000,000) published answers spread over three years, 16 categories and every
 * unit, then times feed pages with each filter, in process (service) and over HTTP, and prints the plans.
 * Run alone: {@code ./mvnw -B -ntp test -Ppostgres,benchmark -Dtest=AnswerFeedBenchmarkTest}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnswerFeedBenchmarkTest {

    static final int ANSWERS = Integer.getInteger("benchmark.answers", 1_000_000);
    static final int RUNS = Integer.getInteger("benchmark.runs", 50);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AnswerFeed feed;
    @Autowired
    UnitDirectory directory;
    @Autowired
    TestRestTemplate rest;

    @Test
    void feedQueriesStayFastWithAMillionPublishedAnswers() {
        assertThat(jdbc.queryForObject("select version()", String.class)).as("run with -Ppostgres")
                .startsWith("PostgreSQL");
        List<String> categories = directory.categories().stream().map(Category::code).toList();
        List<String> units = directory.units().stream().map(Unit::code).toList();
        long started = System.nanoTime();
        insert(categories, units);
        System.out.printf(Locale.ROOT, "BENCHMARK feed: inserted %,d published answers in %.1f s%n", ANSWERS,
                (System.nanoTime() - started) / 1e9);
        jdbc.execute("analyze report");
        jdbc.execute("analyze answer_proposal");
        jdbc.execute("analyze published_answer");
        assertThat(jdbc.queryForObject("select count(*) from published_answer", Long.class))
                .isGreaterThanOrEqualTo(ANSWERS);

        String category = "road_damage";
        String unit = units.get(units.size() / 2);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        String monthFrom = today.minusMonths(13).toString();
        String monthTo = today.minusMonths(12).toString();
        try {
            measure("no filter, page 0, size 20", q(null, null, null, null, 0, 20));
            measure("no filter, page 0, size 100", q(null, null, null, null, 0, 100));
            measure("no filter, page 50, size 100", q(null, null, null, null, 50, 100));
            measure("category=" + category, q(category, null, null, null, 0, 20));
            measure("unit=" + unit, q(null, unit, null, null, 0, 20));
            measure("from/to one month a year ago", q(null, null, monthFrom, monthTo, 0, 20));
            measure("category+unit", q(category, unit, null, null, 0, 20));
            measure("category+from/to", q(category, null, monthFrom, monthTo, 0, 20));
            measure("unit+from/to", q(null, unit, monthFrom, monthTo, 0, 20));
            measureHttp("HTTP no filter size 20", "/api/answers?size=20");
            measureHttp("HTTP category+unit+from/to", "/api/answers?category=" + category + "&unit=" + unit
                    + "&from=" + monthFrom + "&to=" + monthTo);
            plan("select id from published_answer where public_feed = true order by published_at desc, id desc "
                    + "limit 21");
            plan("select id from published_answer where public_feed = true and category = 'road_damage' "
                    + "order by published_at desc, id desc limit 21");
            plan("select id from published_answer where public_feed = true and unit_code = '" + unit
                    + "' and published_at >= now() - interval '13 months' and published_at < now() - interval "
                    + "'12 months' order by published_at desc, id desc limit 21");
        } finally {
            // The rows stay: deleting a million reports costs more than the benchmark (self-references of report
            // are checked row by row), and -Ppostgres recreates the test database at the start of every run.
            System.out.printf(Locale.ROOT, "BENCHMARK feed: the %,d rows stay until the next -Ppostgres run%n",
                    ANSWERS);
        }
    }

    private Supplier<Integer> q(String category, String unit, String from, String to, int page, int size) {
        return () -> feed.page(new AnswerFeed.Query(category, unit, from, to, page, size)).items().size();
    }

    private void insert(List<String> categories, List<String> units) {
        String categoryArray = "(array['" + String.join("','", categories) + "'])";
        String unitArray = "(array['" + String.join("','", units) + "'])";
        // three years of publications, newest now; 1 in 20 reports kept out of public view
        jdbc.update("insert into report (tracking_code, access_token_hash, status, description, category, unit_code,"
                + " ward_code, contact_flood, public_visible, language, urgent, received_at, updated_at) "
                + "select 'BM-' || g, 'benchmark', 'ANSWERED', 'Phản ánh thử nghiệm số ' || g, "
                + categoryArray + "[1 + g % " + categories.size() + "], " + unitArray + "[1 + (g / 7) % "
                + units.size() + "], 'ben-thanh', false, g % 20 <> 0, 'vi', false, "
                + "now() - (g * interval '94 seconds') - interval '5 days', now() - (g * interval '94 seconds') "
                + "from generate_series(1, " + ANSWERS + ") g");
        jdbc.update("insert into answer_proposal (report_id, version, outcome, text_vi, proposed_by, proposed_at, "
                + "decision, decided_by, decided_at) select id, 1, 'RESOLVED', 'Đơn vị đã xử lý xong phản ánh.', "
                + "'benchmark', updated_at, 'APPROVED', 'benchmark', updated_at from report "
                + "where tracking_code like 'BM-%'");
        jdbc.update("insert into published_answer (report_id, tracking_code, proposal_id, round, category, "
                + "unit_code, ward_code, received_at, published_at, outcome, report_title, report_text, answer_text, "
                + "public_feed) select r.id, r.tracking_code, p.id, 1, r.category, r.unit_code, r.ward_code, "
                + "r.received_at, r.updated_at, 'RESOLVED', 'Phản ánh', r.description, p.text_vi, r.public_visible "
                + "from report r join answer_proposal p on p.report_id = r.id where r.tracking_code like 'BM-%'");
    }

    private void measure(String name, Supplier<Integer> query) {
        for (int i = 0; i < 5; i++) {
            query.get();
        }
        List<Double> millis = new ArrayList<>();
        int rows = 0;
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            rows = query.get();
            millis.add((System.nanoTime() - t) / 1e6);
        }
        report(name, millis, rows);
    }

    private void measureHttp(String name, String url) {
        measure(name, () -> {
            var response = rest.getForEntity(url, String.class);
            assertThat(response.getStatusCode().value()).isEqualTo(200);
            return 1;
        });
    }

    private static void report(String name, List<Double> millis, int rows) {
        Collections.sort(millis);
        System.out.printf(Locale.ROOT, "BENCHMARK feed: %-40s rows %3d  median %7.2f ms  p95 %7.2f ms  max %7.2f ms%n",
                name, rows, millis.get(millis.size() / 2), millis.get((int) (millis.size() * 0.95)),
                millis.get(millis.size() - 1));
    }

    private void plan(String sql) {
        System.out.println("BENCHMARK feed plan: " + sql);
        jdbc.queryForList("explain analyze " + sql, String.class)
                .forEach(line -> System.out.println("BENCHMARK feed plan:   " + line));
    }
}
