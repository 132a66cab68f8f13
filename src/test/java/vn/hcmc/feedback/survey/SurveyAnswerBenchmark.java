package vn.hcmc.feedback.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark, not part of {@code ./mvnw verify} (the name does not end in Test). On PostgreSQL:
 * <pre>
 * TEST_DB_URL=jdbc:postgresql://localhost:5432/feedback_test_survey ./mvnw -B -Ppostgres test \
 *     -Dtest=SurveyAnswerBenchmark -Dsurefire.failIfNoSpecifiedTests=false [-Dbench.clients=32 -Dbench.seconds=20]
 * </pre>
 * 1. Concurrent clients post answers over HTTP to one open survey with ten questions (2% are repeats of an earlier
 * respondent, which must be refused); sustained answers per second. 2. In the same run, bare single-row inserts
 * into PostgreSQL (autocommit, one connection per client). 3. Time to aggregate 200,000 answers.
 * Figures go to stdout and target/survey-benchmark.txt.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SurveyAnswerBenchmark {

    static final String[] UNITS = {"ben-thanh", "tan-dinh", "sai-gon", "cu-chi", "thu-duc", "go-vap", "vung-tau"};

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    SurveyResults results;
    @Value("${spring.datasource.url}")
    String url;
    @Value("${spring.datasource.username}")
    String user;
    @Value("${spring.datasource.password}")
    String password;

    final int clients = Integer.getInteger("bench.clients", 32);
    final int seconds = Integer.getInteger("bench.seconds", 20);
    final int aggregateAnswers = Integer.getInteger("bench.aggregate", 200_000);
    final StringBuilder report = new StringBuilder();

    @Test
    void benchmark() throws Exception {
        SurveyTestSupport support = new SurveyTestSupport(rest, management, jdbc);
        line("Survey benchmark on %s, %d clients, %d s per phase, %d cores; other helpers share this machine.",
                url, clients, seconds, Runtime.getRuntime().availableProcessors());

        long survey = openTenQuestionSurvey(support);
        probe(survey);
        runAnswers(survey, "warm-up", Integer.getInteger("bench.warmup", 15));
        long accepted = runAnswers(survey, "answers", seconds);
        double answerRate = accepted / (double) seconds;
        double serviceRate = serviceAnswers(survey, seconds);
        double bareRate = bareInserts(seconds);
        line("ratio answers over HTTP / bare inserts: %.2f (target >= 0.2)", answerRate / bareRate);
        line("ratio answers through the service (no HTTP) / bare inserts: %.2f", serviceRate / bareRate);

        long stored = jdbc.queryForObject("select count(*) from survey_answer where survey_id = ?", Long.class, survey);
        long distinct = jdbc.queryForObject("select count(distinct respondent_key) from survey_answer where survey_id = ?",
                Long.class, survey);
        line("stored answers %d, distinct respondents %d", stored, distinct);
        assertThat(distinct).as("no duplicate respondent accepted").isEqualTo(stored);

        aggregate(support);
        Files.writeString(Path.of("target/survey-benchmark.txt"), report.toString());
    }

    long openTenQuestionSurvey(SurveyTestSupport support) {
        Map<String, Object> d = SurveyTestSupport.design(Instant.now().minusSeconds(60),
                Instant.now().plus(7, ChronoUnit.DAYS), "IDENTIFIED", null);
        List<Object> questions = new ArrayList<>((List<?>) d.get("questions"));
        questions.add(Map.of("id", "q6", "type", "SINGLE_CHOICE", "textVi", "Giờ đi", "required", true,
                "choices", List.of(SurveyTestSupport.choice("am", "Sáng"), SurveyTestSupport.choice("pm", "Chiều"),
                        SurveyTestSupport.choice("ev", "Tối"))));
        questions.add(Map.of("id", "q7", "type", "RATING", "textVi", "Sạch sẽ", "required", true));
        questions.add(Map.of("id", "q8", "type", "RATING", "textVi", "Đúng giờ", "required", true));
        questions.add(Map.of("id", "q9", "type", "NUMBER", "textVi", "Phút chờ", "required", true, "min", 0, "max", 120));
        questions.add(Map.of("id", "q10", "type", "SINGLE_CHOICE", "textVi", "Giới thiệu cho người khác?",
                "required", true, "choices", List.of(SurveyTestSupport.choice("yes", "Có"), SurveyTestSupport.choice("no", "Không"))));
        d.put("questions", questions);
        long id = support.create(d);
        support.decide(id, true, null);
        support.executeJob(support.processInstance(id), SurveyProcess.TIMER_OPENING);
        return id;
    }

    long runAnswers(long survey, String phase, int duration) throws Exception {
        ObjectMapper json = new ObjectMapper();
        URL target = URI.create("http://localhost:" + port + "/api/surveys/" + survey + "/answers").toURL();
        AtomicLong created = new AtomicLong();
        AtomicLong refusedRepeats = new AtomicLong();
        AtomicLong unexpected = new AtomicLong();
        long end = System.nanoTime() + Duration.ofSeconds(duration).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                int i = 0;
                while (System.nanoTime() < end) {
                    i++;
                    boolean repeat = i % 50 == 0;
                    int n = repeat ? i - 1 : i;
                    Map<String, Object> answers = new HashMap<>();
                    answers.put("q1", n % 2 == 0 ? "yes" : "no");
                    if (n % 2 == 0) {
                        answers.put("q2", n % 3 == 0 ? List.of("r1", "r2") : List.of("r3"));
                    }
                    answers.put("q3", 1 + n % 5);
                    answers.put("q4", n % 101);
                    if (n % 4 == 0) {
                        answers.put("q5", "Góp ý số " + n + ": nên thêm chuyến tối");
                    }
                    answers.put("q6", n % 3 == 0 ? "am" : "pm");
                    answers.put("q7", 1 + n % 5);
                    answers.put("q8", 1 + (n / 3) % 5);
                    answers.put("q9", n % 121);
                    answers.put("q10", n % 7 == 0 ? "no" : "yes");
                    Map<String, Object> body = SurveyTestSupport.submission(phase + "-" + client + "-" + n + "@bench.vn",
                            UNITS[n % UNITS.length], answers);
                    int status = post(target, json.writeValueAsBytes(body));
                    if (status == 201 && !repeat) {
                        created.incrementAndGet();
                    } else if (status == 409 && repeat) {
                        refusedRepeats.incrementAndGet();
                    } else {
                        unexpected.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        line("%s: %d answers accepted in %d s = %.0f answers/s; %d repeats refused (409); %d unexpected",
                phase, created.get(), duration, created.get() / (double) duration, refusedRepeats.get(), unexpected.get());
        assertThat(unexpected.get()).as("every new answer 201, every repeat 409").isZero();
        return created.get();
    }

    @Autowired
    SurveyAnswers surveyAnswers;

    /** Sequential latencies: one client over HTTP, and the service called directly (no HTTP). */
    void probe(long survey) throws Exception {
        ObjectMapper json = new ObjectMapper();
        URL target = URI.create("http://localhost:" + port + "/api/surveys/" + survey + "/answers").toURL();
        int n = 200;
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            Map<String, Object> body = SurveyTestSupport.submission("probe-http-" + i + "@bench.vn", "ben-thanh",
                    SurveyTestSupport.answers("q1", "no", "q3", 3, "q4", 5, "q5", "Góp ý " + i, "q6", "am", "q7", 2,
                            "q8", 4, "q9", 10, "q10", "yes"));
            assertThat(post(target, json.writeValueAsBytes(body))).isEqualTo(201);
        }
        long t1 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            Map<String, Object> body = SurveyTestSupport.submission("probe-svc-" + i + "@bench.vn", "ben-thanh",
                    SurveyTestSupport.answers("q1", "no", "q3", 3, "q4", 5, "q5", "Góp ý " + i, "q6", "am", "q7", 2,
                            "q8", 4, "q9", 10, "q10", "yes"));
            surveyAnswers.submit(survey, json.convertValue(body, AnswerSubmission.class));
        }
        long t2 = System.nanoTime();
        line("sequential latency: HTTP %.2f ms per answer, service alone %.2f ms per answer",
                (t1 - t0) / 1e6 / n, (t2 - t1) / 1e6 / n);
    }

    /** The same answers through SurveyAnswers.submit from the same number of threads: storage without HTTP. */
    double serviceAnswers(long survey, int duration) throws Exception {
        ObjectMapper json = new ObjectMapper();
        AtomicLong created = new AtomicLong();
        long end = System.nanoTime() + Duration.ofSeconds(duration).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                int i = 0;
                while (System.nanoTime() < end) {
                    i++;
                    Map<String, Object> body = SurveyTestSupport.submission("svc-" + client + "-" + i + "@bench.vn",
                            UNITS[i % UNITS.length], SurveyTestSupport.answers("q1", "yes", "q2", List.of("r1", "r2"),
                                    "q3", 1 + i % 5, "q4", i % 101, "q5", i % 4 == 0 ? "Góp ý " + i : null, "q6", "am",
                                    "q7", 2, "q8", 1 + i % 5, "q9", i % 121, "q10", "yes"));
                    surveyAnswers.submit(survey, json.convertValue(body, AnswerSubmission.class));
                    created.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        double rate = created.get() / (double) duration;
        line("service (no HTTP, %d threads): %d answers in %d s = %.0f answers/s", clients, created.get(), duration, rate);
        return rate;
    }

    /** One POST on a kept-alive connection (HttpURLConnection pools them per thread and host). */
    static int post(URL url, byte[] body) throws java.io.IOException {
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setFixedLengthStreamingMode(body.length);
        connection.setRequestProperty("Content-Type", "application/json");
        try (var out = connection.getOutputStream()) {
            out.write(body);
        }
        int status = connection.getResponseCode();
        try (var in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            if (in != null) {
                in.readAllBytes();
            }
        }
        return status;
    }

    double bareInserts(int duration) throws Exception {
        jdbc.execute("drop table if exists survey_bench_bare");
        jdbc.execute("create table survey_bench_bare (id bigint generated by default as identity primary key, "
                + "v varchar(64) not null)");
        AtomicLong inserted = new AtomicLong();
        long end = System.nanoTime() + Duration.ofSeconds(duration).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                try (Connection connection = DriverManager.getConnection(url, user, password);
                     PreparedStatement insert = connection.prepareStatement("insert into survey_bench_bare (v) values (?)")) {
                    int i = 0;
                    while (System.nanoTime() < end) {
                        insert.setString(1, client + "-" + i++);
                        insert.executeUpdate();
                        inserted.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        jdbc.execute("drop table survey_bench_bare");
        double rate = inserted.get() / (double) duration;
        line("bare single-row inserts (autocommit, %d connections): %d in %d s = %.0f rows/s", clients, inserted.get(),
                duration, rate);
        return rate;
    }

    void aggregate(SurveyTestSupport support) throws Exception {
        long survey = openTenQuestionSurvey(support);
        long start = System.nanoTime();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            String units = "(array['" + String.join("','", UNITS) + "'])[1 + g % " + UNITS.length + "]";
            s.execute("insert into survey_answer (survey_id, respondent_key, unit_code, submitted_at) select " + survey
                    + ", md5('agg-' || g), " + units + ", now() from generate_series(1, " + aggregateAnswers + ") g");
            String from = " from survey_answer a where a.survey_id = " + survey;
            String item = "insert into survey_answer_item (survey_id, answer_id, question_id, unit_code, choice, num, free_text) select "
                    + survey + ", a.id, ";
            s.execute(item + "'q1', a.unit_code, case when a.id % 2 = 0 then 'yes' else 'no' end, null, null" + from);
            s.execute(item + "'q2', a.unit_code, 'r1', null, null" + from + " and a.id % 2 = 0");
            s.execute(item + "'q2', a.unit_code, 'r3', null, null" + from + " and a.id % 6 = 0");
            s.execute(item + "'q3', a.unit_code, null, 1 + a.id % 5, null" + from);
            s.execute(item + "'q4', a.unit_code, null, a.id % 101, null" + from);
            s.execute(item + "'q5', a.unit_code, null, null, 'Góp ý số ' || a.id" + from + " and a.id % 4 = 0");
            s.execute(item + "'q6', a.unit_code, case when a.id % 3 = 0 then 'am' else 'pm' end, null, null" + from);
            s.execute(item + "'q7', a.unit_code, null, 1 + a.id % 5, null" + from);
            s.execute(item + "'q8', a.unit_code, null, 1 + (a.id / 3) % 5, null" + from);
            s.execute(item + "'q9', a.unit_code, null, a.id % 121, null" + from);
            s.execute(item + "'q10', a.unit_code, case when a.id % 7 = 0 then 'no' else 'yes' end, null, null" + from);
            s.execute("analyze survey_answer");
            s.execute("analyze survey_answer_item");
        }
        long items = jdbc.queryForObject("select count(*) from survey_answer_item where survey_id = ?", Long.class, survey);
        line("loaded %d answers (%d value rows) in %.1f s", aggregateAnswers, items, (System.nanoTime() - start) / 1e9);
        support.call(SurveyTestSupport.OWNER, HttpMethod.POST, "/api/staff/surveys/" + survey + "/close", null);
        long t0 = System.nanoTime();
        SurveyResultsView view = results.aggregate(survey);
        double elapsed = (System.nanoTime() - t0) / 1e9;
        line("aggregated %d answers in %.2f s (target < 10 s)", view.answerCount(), elapsed);
        assertThat(view.answerCount()).isEqualTo(aggregateAnswers);
    }

    void line(String format, Object... args) {
        String s = String.format(format, args);
        System.out.println("[survey-benchmark] " + s);
        report.append(s).append('\n');
    }
}
