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
import vn.hcmc.feedback.support.OneWriteHttp;

/**
 * Benchmark, not part of {@code ./mvnw verify} (the name does not end in Test). On PostgreSQL:
 * <pre>
 * TEST_DB_URL=jdbc:postgresql://localhost:5432/feedback_test_survey ./mvnw -B -q -Ppostgres test \
 *     -Dtest=SurveyAnswerBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     [-Dbench.clients=8 -Dbench.seconds=30 -Dbench.warmup=120 -Dbench.aggregate=200000]
 * </pre>
 * 0. Sequential latency of one answer with three HTTP clients (HttpURLConnection, java.net.http.HttpClient, a
 * one-write keep-alive socket) and through the service alone, to show what the client itself costs.
 * 1. {@code bench.clients} concurrent clients post answers over HTTP to one open survey with ten questions, each on
 * its own kept-alive connection, each request written in one write with TCP_NODELAY (as wrk, ab or a reverse proxy
 * send them), back to back after a warm-up (2% are repeats of an earlier respondent, which must be refused);
 * sustained answers per second, p50/p99, and the JVM's CPU time per answer (client and server share it).
 * 2. The same answers through {@code SurveyAnswers.submit} from the same number of threads (no HTTP).
 * 3. In the same run, bare single-row inserts into PostgreSQL (autocommit, one connection per client, the same
 * concurrency). 4. Time to aggregate 200,000 answers. Figures go to stdout and target/survey-benchmark.txt.
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

    final int clients = Integer.getInteger("bench.clients", 8);
    final int seconds = Integer.getInteger("bench.seconds", 30);
    final int aggregateAnswers = Integer.getInteger("bench.aggregate", 200_000);
    final StringBuilder report = new StringBuilder();

    @Test
    void benchmark() throws Exception {
        SurveyTestSupport support = new SurveyTestSupport(rest, management, jdbc);
        line("Survey benchmark on %s, %d clients, %d s per phase, %d cores, Java %s; load average at start %s.",
                url, clients, seconds, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                loadAverage());

        long survey = openTenQuestionSurvey(support);
        probe(survey);
        runAnswers(survey, "warm-up", Integer.getInteger("bench.warmup", 120));
        long accepted = runAnswers(survey, "answers", seconds);
        double answerRate = accepted / (double) seconds;
        double serviceRate = serviceAnswers(survey, seconds);
        double bareRate = bareInserts(seconds);
        line("ratio answers over HTTP / bare inserts: %.2f (target >= 0.2); sustained %.0f answers/s (target >= 1000)",
                answerRate / bareRate, answerRate);
        line("ratio answers through the service (no HTTP) / bare inserts: %.2f", serviceRate / bareRate);

        long stored = jdbc.queryForObject("select count(*) from survey_answer where survey_id = ?", Long.class, survey);
        long distinct = jdbc.queryForObject("select count(distinct respondent_key) from survey_answer where survey_id = ?",
                Long.class, survey);
        line("stored answers %d, distinct respondents %d", stored, distinct);
        assertThat(distinct).as("no duplicate respondent accepted").isEqualTo(stored);

        aggregate(support);
        line("load average at the end: %s", loadAverage());
        Files.writeString(Path.of("target/survey-benchmark.txt"), report.toString());
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    /** Milliseconds the JIT compilers have spent so far (a phase that still compiles is not steady yet). */
    static long jitMillis() {
        return java.lang.management.ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    }

    /** CPU time of this JVM (server and load generator together), in nanoseconds. */
    static long jvmCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
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
        String path = "/api/surveys/" + survey + "/answers";
        AtomicLong created = new AtomicLong();
        AtomicLong refusedRepeats = new AtomicLong();
        AtomicLong unexpected = new AtomicLong();
        List<long[]> latencies = new java.util.concurrent.CopyOnWriteArrayList<>();
        long cpu0 = jvmCpu();
        long jit0 = jitMillis();
        long start = System.nanoTime();
        long end = start + Duration.ofSeconds(duration).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                long[] mine = new long[1 << 16];
                int count = 0;
                try (OneWriteHttp http = new OneWriteHttp("localhost", port)) {
                    int i = 0;
                    while (System.nanoTime() < end) {
                        i++;
                        boolean repeat = i % 50 == 0;
                        int n = repeat ? i - 1 : i;
                        byte[] body = json.writeValueAsBytes(SurveyTestSupport.submission(
                                phase + "-" + client + "-" + n + "@bench.vn", UNITS[n % UNITS.length], answers(n)));
                        long sent = System.nanoTime();
                        int status = http.post(path, "application/json", body).status();
                        if (count == mine.length) {
                            mine = java.util.Arrays.copyOf(mine, count * 2);
                        }
                        mine[count++] = System.nanoTime() - sent;
                        if (status == 201 && !repeat) {
                            created.incrementAndGet();
                        } else if (status == 409 && repeat) {
                            refusedRepeats.incrementAndGet();
                        } else {
                            unexpected.incrementAndGet();
                        }
                    }
                }
                latencies.add(java.util.Arrays.copyOf(mine, count));
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        double elapsed = (System.nanoTime() - start) / 1e9;
        double cpuMillis = (jvmCpu() - cpu0) / 1e6;
        long[] all = latencies.stream().flatMapToLong(java.util.Arrays::stream).sorted().toArray();
        line("%s: %d answers accepted in %.1f s = %.0f answers/s; %d repeats refused (409); %d unexpected; "
                        + "latency p50 %.1f ms, p99 %.1f ms; JVM CPU %.2f ms per request, JIT compiling %.1f s; load %s",
                phase, created.get(), elapsed, created.get() / elapsed, refusedRepeats.get(), unexpected.get(),
                percentile(all, 50), percentile(all, 99), cpuMillis / Math.max(1, all.length),
                (jitMillis() - jit0) / 1e3, loadAverage());
        assertThat(unexpected.get()).as("every new answer 201, every repeat 409").isZero();
        return Math.round(created.get() * duration / elapsed);
    }

    static double percentile(long[] sortedNanos, int p) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, index)] / 1e6;
    }

    /** The answers of the n-th respondent of a client: all ten questions, q2 and q5 only for some. */
    static Map<String, Object> answers(int n) {
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
        return answers;
    }

    @Autowired
    SurveyAnswers surveyAnswers;

    /** Sequential latencies: one client over HTTP (several clients), and the service called directly (no HTTP). */
    void probe(long survey) throws Exception {
        ObjectMapper json = new ObjectMapper();
        String path = "/api/surveys/" + survey + "/answers";
        URL target = URI.create("http://localhost:" + port + path).toURL();
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        int n = 200;
        for (int round = 0; round < 2; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                assertThat(post(target, json.writeValueAsBytes(probeBody("probe-huc-" + round + "-" + i)))).isEqualTo(201);
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                var response = client.send(java.net.http.HttpRequest.newBuilder(target.toURI())
                        .header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(
                                json.writeValueAsBytes(probeBody("probe-jhc-" + round + "-" + i)))).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
                assertThat(response.statusCode()).isEqualTo(201);
            }
            long t2 = System.nanoTime();
            try (var raw = new OneWriteHttp("localhost", port)) {
                for (int i = 0; i < n; i++) {
                    assertThat(raw.post(path, "application/json",
                            json.writeValueAsBytes(probeBody("probe-raw-" + round + "-" + i))).status()).isEqualTo(201);
                }
            }
            long t3 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                surveyAnswers.submit(survey, json.convertValue(probeBody("probe-svc-" + round + "-" + i), AnswerSubmission.class),
                        "127.0.0.1");
            }
            long t4 = System.nanoTime();
            try (var raw = new OneWriteHttp("localhost", port)) {
                for (int i = 0; i < n; i++) {
                    assertThat(raw.get("/api/units").status()).isEqualTo(200);
                }
            }
            long t5 = System.nanoTime();
            line("sequential latency per answer: HttpURLConnection %.2f ms, java.net.http.HttpClient %.2f ms, "
                            + "one-write socket %.2f ms, service alone %.2f ms; GET /api/units one-write %.2f ms",
                    (t1 - t0) / 1e6 / n, (t2 - t1) / 1e6 / n, (t3 - t2) / 1e6 / n, (t4 - t3) / 1e6 / n, (t5 - t4) / 1e6 / n);
        }
    }

    static Map<String, Object> probeBody(String who) {
        return SurveyTestSupport.submission(who + "@bench.vn", "ben-thanh",
                SurveyTestSupport.answers("q1", "no", "q3", 3, "q4", 5, "q5", "Góp ý " + who, "q6", "am", "q7", 2,
                        "q8", 4, "q9", 10, "q10", "yes"));
    }

    /** The same answers through SurveyAnswers.submit from the same number of threads: storage without HTTP. */
    double serviceAnswers(long survey, int duration) throws Exception {
        ObjectMapper json = new ObjectMapper();
        AtomicLong created = new AtomicLong();
        long cpu0 = jvmCpu();
        long jit0 = jitMillis();
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
                            UNITS[i % UNITS.length], answers(i));
                    surveyAnswers.submit(survey, json.convertValue(body, AnswerSubmission.class), "127.0.0.1");
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
        line("service (no HTTP, %d threads): %d answers in %d s = %.0f answers/s; JVM CPU %.2f ms per answer, "
                + "JIT compiling %.1f s; load %s", clients, created.get(), duration, rate,
                (jvmCpu() - cpu0) / 1e6 / Math.max(1, created.get()), (jitMillis() - jit0) / 1e3, loadAverage());
        return rate;
    }

    /** One POST with HttpURLConnection (keep-alive per thread and host; headers and body go out in two writes). */
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
        line("bare single-row inserts (autocommit, %d connections): %d in %d s = %.0f rows/s; load %s", clients,
                inserted.get(), duration, rate, loadAverage());
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
