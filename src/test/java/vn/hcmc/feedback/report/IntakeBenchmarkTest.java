package vn.hcmc.feedback.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.spring.boot.starter.property.JobExecutionProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.hcmc.feedback.report.process.CitizenReportProcess;
import vn.hcmc.feedback.support.OneWriteHttp;

/**
 * Intake benchmark (not part of {@code ./mvnw verify}; see docs/report-intake.md):
 * <ol>
 *   <li>baseline: the engine starts a bare one-task process directly, from {@code CLIENTS} threads;</li>
 *   <li>sustained intake: {@code CLIENTS} concurrent HTTP clients POST /api/reports back to back, each on its own
 *       kept-alive connection with the whole request in one write (TCP_NODELAY), as wrk or a reverse proxy send
 *       them (the job executor is off, as for the baseline: triage is measured on its own below);</li>
 *   <li>the same intake service called in-process, to separate the cost of HTTP;</li>
 *   <li>latency: an open-loop load of 50 requests/s on a fixed schedule (a pool of kept-alive connections larger
 *       than ever needed), latency measured from each request's scheduled time, first alone, then while the job
 *       executor runs the triage backlog.</li>
 * </ol>
 * Every phase also records the CPU time per call of this JVM (server and load generator share it) and of
 * PostgreSQL, the machine's busy share and the load average (see {@link vn.hcmc.feedback.support.CpuMeter}).
 * Targets: intake ≥ 0.7 × baseline, p99 ≤ 150 ms at 50 requests/s.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IntakeBenchmarkTest {

    /** Receipt mails are sent by their own jobs, as in production; a real SMTP server takes them. */
    @org.junit.jupiter.api.extension.RegisterExtension
    static com.icegreen.greenmail.junit5.GreenMailExtension smtp = vn.hcmc.feedback.support.TestMail.server();

    static final int CLIENTS = Integer.getInteger("benchmark.clients", 8);
    /** Seconds of baseline and of intake each, in {@link #ROUNDS} alternating rounds. */
    static final Duration PHASE = Duration.ofSeconds(Long.getLong("benchmark.seconds", 90));
    static final int ROUNDS = Integer.getInteger("benchmark.rounds", 6);
    static final int RATE = Integer.getInteger("benchmark.rate", 50);
    static final Duration PACED = Duration.ofSeconds(Long.getLong("benchmark.paced-seconds", 30));
    static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("benchmark.warmup-seconds", 240));

    static final String[] TEXTS = {
            "Rác thải sinh hoạt ùn ứ nhiều ngày ở đầu hẻm, xe thu gom không đến, bốc mùi hôi thối.",
            "Đèn đường trên đường Nguyễn Huệ bị hỏng cả tuần nay, buổi tối rất tối và nguy hiểm.",
            "Ổ gà lớn giữa đường Cách Mạng Tháng Tám, xe máy đi qua dễ té ngã.",
            "Quán karaoke hát rất to đến 1 giờ sáng mỗi đêm, cả khu phố không ngủ được.",
            "Nhà tôi bị mất nước sinh hoạt ba ngày nay, vòi nước máy không có nước."};

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    ProcessEngineConfiguration engineConfiguration;
    @Autowired
    DataSource dataSource;
    @Autowired
    ReportIntake reportIntake;
    @Autowired
    com.fasterxml.jackson.databind.ObjectMapper objectMapper;
    @Autowired
    CamundaBpmProperties camundaProperties;

    /** One kept-alive connection per load-generating thread. */
    final ThreadLocal<OneWriteHttp> http = ThreadLocal.withInitial(() -> new OneWriteHttp("localhost", port));
    final List<String> phases = new ArrayList<>();

    @Test
    void intakeAgainstBaseline() throws Exception {
        String database;
        try (var c = dataSource.getConnection()) {
            database = c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
        }
        repositoryService.createDeployment().name("benchmark-baseline")
                .addModelInstance("benchmark-baseline.bpmn", Bpmn.createExecutableProcess("benchmark-baseline")
                        .camundaHistoryTimeToLive(1).startEvent().userTask("Task_Bare").endEvent().done())
                .deploy();

        // The job executor as configured for production (the test profile leaves it off and the engine's default
        // one has other sizes), started only where a phase says so.
        var jobExecutor = (DefaultJobExecutor) ((ProcessEngineConfigurationImpl) engineConfiguration).getJobExecutor();
        assertThat(jobExecutor.isActive()).as("the test profile runs no job executor").isFalse();
        JobExecutionProperty production = camundaProperties.getJobExecution();
        jobExecutor.setCorePoolSize(production.getCorePoolSize());
        jobExecutor.setMaxPoolSize(production.getMaxPoolSize());
        jobExecutor.setQueueSize(production.getQueueCapacity());
        if (production.getMaxJobsPerAcquisition() != null) {
            jobExecutor.setMaxJobsPerAcquisition(production.getMaxJobsPerAcquisition());
        }
        if (production.getWaitTimeInMillis() != null) {
            jobExecutor.setWaitTimeInMillis(production.getWaitTimeInMillis());
        }

        // Warm-up of every path, triage included: on two cores the JIT compilers need minutes, and a phase measured
        // while they still compile measures them (see "JIT compiling" per phase). Intake is warmed up alone first, so
        // that its code gets the whole machine and compiles soonest.
        runClosedLoop("warm-up: intake over HTTP", CLIENTS, WARM_UP, this::post);
        // Current planner statistics after the bulk load, as autovacuum keeps them (it is off on the CI machine):
        // with statistics of empty tables PostgreSQL sorts every due job at each acquisition.
        try (var c = dataSource.getConnection(); var st = c.createStatement()) {
            st.execute("analyze");
        }
        // PostgreSQL plans each foreign-key check once per connection and keeps the plan: planned on the empty tables
        // of the start, deleting an execution scanned every variable and task (10 ms). New connections plan with the
        // statistics, as the pool's connections renewed over time (max-lifetime) do in production.
        dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
        jobExecutor.start();
        try {
            drainTriageJobs("warm-up: triage of those reports", Duration.ofSeconds(60));
        } finally {
            jobExecutor.shutdown();
        }
        // the test's mail server keeps every receipt in this JVM's heap; the application keeps none of them
        smtp.purgeEmailFromAllMailboxes();
        // the job executor is off from here, for the baseline as for intake; each measured phase follows a warm-up
        // of its own, because code not run for a minute may have been dropped by the JIT in the meantime
        runClosedLoop("warm-up: baseline", CLIENTS, Duration.ofSeconds(10), () -> {
            runtimeService.startProcessInstanceByKey("benchmark-baseline");
            return true;
        });
        runClosedLoop("warm-up: intake over HTTP", CLIENTS, Duration.ofSeconds(20), this::post);
        // Baseline and intake alternate in ROUNDS rounds: a PostgreSQL checkpoint (every few minutes under this
        // load) makes the following seconds slower for whatever runs then, so each side gets its share of them.
        double baselineSum = 0;
        double intakeSum = 0;
        Duration round = PHASE.dividedBy(ROUNDS);
        for (int i = 1; i <= ROUNDS; i++) {
            baselineSum += runClosedLoop("baseline, round " + i, CLIENTS, round, () -> {
                runtimeService.startProcessInstanceByKey("benchmark-baseline");
                return true;
            });
            intakeSum += runClosedLoop("intake over HTTP, round " + i, CLIENTS, round, this::post);
        }
        double baseline = baselineSum / ROUNDS;
        double intake = intakeSum / ROUNDS;
        System.out.printf(Locale.ROOT, "baseline: %.1f instances/s%n", baseline);
        System.out.printf(Locale.ROOT, "intake: %.1f reports/s%n", intake);
        runClosedLoop("warm-up: intake service in-process", CLIENTS, Duration.ofSeconds(10), this::submitInProcess);
        double inProcess = runClosedLoop("intake service in-process", CLIENTS, PHASE.dividedBy(3), this::submitInProcess);
        System.out.printf(Locale.ROOT, "intake service without HTTP: %.1f reports/s%n", inProcess);
        Latencies paced = runOpenLoop("open loop, intake only", RATE, PACED);
        System.out.printf(Locale.ROOT, "paced: p99 %.1f ms%n", paced.p(99));
        // the same load while the job executor works off the triage backlog the phases above left (the worst case
        // for a request: both job threads busy all the time), then the rate at which it works it off
        long backlog = triageJobsLeft();
        Latencies pacedWithTriage;
        double drain;
        jobExecutor.start();
        try {
            pacedWithTriage = runOpenLoop("open loop, job executor working off the backlog", RATE, PACED);
            drain = drainTriageJobs("triage backlog (one minute)", Duration.ofMinutes(1));
            System.out.printf(Locale.ROOT, "triage backlog drained at %.1f jobs/s%n", drain);
        } finally {
            jobExecutor.shutdown();
        }

        String result = String.format(Locale.ROOT, """
                Intake benchmark (%s, %d cores, %s, Java %s)
                  baseline: bare one-task process started by the engine, %d threads, %ds in %d rounds: %.1f instances/s
                  intake:   POST /api/reports, %d HTTP clients, %ds in rounds alternating with the baseline's: %.1f reports/s
                  ratio:    %.2f × baseline (target ≥ 0.70)
                  (the same intake service called in-process, without HTTP: %.1f reports/s = %.2f × baseline)
                  at %d requests/s for %ds, intake only (%s)
                  at %d requests/s for %ds while the job executor works off a triage backlog of %d jobs (%s)
                  triage:   the job executor then worked off that backlog for a minute at %.1f jobs/s (%s)
                  load average at the end: %s
                  phases:
                    %s
                """, database, Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("java.version"), CLIENTS, PHASE.toSeconds(), ROUNDS, baseline, CLIENTS, PHASE.toSeconds(),
                intake, intake / baseline, inProcess, inProcess / baseline, RATE, PACED.toSeconds(), paced, RATE,
                PACED.toSeconds(), backlog, pacedWithTriage, drain, jobExecutorSettings(jobExecutor), loadAverage(),
                String.join("\n    ", phases));
        System.out.println(result);
        Path out = Path.of("target", "benchmark", "intake.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, result);
        assertThat(paced.errors()).isZero();
        assertThat(pacedWithTriage.errors()).isZero();
    }

    private static String jobExecutorSettings(DefaultJobExecutor jobExecutor) {
        return String.format(Locale.ROOT, "job executor as in production: %d-%d threads, queue %d, %d jobs per "
                        + "acquisition, wait %d ms", jobExecutor.getCorePoolSize(), jobExecutor.getMaxPoolSize(),
                jobExecutor.getQueueSize(), jobExecutor.getMaxJobsPerAcquisition(), jobExecutor.getWaitTimeInMillis());
    }

    /** Milliseconds the JIT compilers have spent so far (a phase that still compiles is not steady yet). */
    private static long jitMillis() {
        return java.lang.management.ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    interface Call {
        boolean run() throws Exception;
    }

    /** Calls per second that {@code threads} callers achieve back to back for the duration. */
    private double runClosedLoop(String name, int threads, Duration duration, Call call) throws InterruptedException {
        vn.hcmc.feedback.support.CpuMeter cpu = vn.hcmc.feedback.support.CpuMeter.start();
        long jit0 = jitMillis();
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        for (int i = 0; i < threads; i++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    try {
                        if (call.run()) {
                            done.incrementAndGet();
                        } else {
                            failed.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(duration.toSeconds() + 60, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(failed.get()).as("failed calls").isZero();
        String phase = String.format(Locale.ROOT, "%s: %d threads, %.1f s, %.1f calls/s, %s, "
                        + "JIT compiling %.1f s, load %s", name, threads, seconds, done.get() / seconds,
                cpu.perCall(done.get()), (jitMillis() - jit0) / 1e3, loadAverage());
        System.out.println(phase);
        phases.add(phase);
        return done.get() / seconds;
    }

    record Latencies(List<Double> millis, long errors) {
        int count() {
            return millis.size();
        }

        double p(int percentile) {
            List<Double> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, index));
        }

        double max() {
            return Collections.max(millis);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d requests, %d errors: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, "
                    + "max %.1f ms; target p99 ≤ 150 ms", count(), errors, p(50), p(95), p(99), max());
        }
    }

    /**
     * Sends {@code rate} requests per second on a fixed schedule, whatever the answers' speed: each request is handed
     * at its scheduled instant to a pool of 64 senders with their own kept-alive connections (far more than 50/s
     * ever needs), and its latency counts from the scheduled instant, so any queueing is included.
     */
    private Latencies runOpenLoop(String name, int rate, Duration duration) throws InterruptedException {
        long interval = 1_000_000_000L / rate;
        int total = (int) (rate * duration.toSeconds());
        ExecutorService senders = Executors.newFixedThreadPool(64);
        List<CompletableFuture<Double>> answers = new ArrayList<>(total);
        AtomicLong errors = new AtomicLong();
        vn.hcmc.feedback.support.CpuMeter cpu = vn.hcmc.feedback.support.CpuMeter.start();
        long jit0 = jitMillis();
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long scheduled = start + i * interval;
            long wait = scheduled - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            answers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    if (!post()) {
                        errors.incrementAndGet();
                    }
                } catch (IOException e) {
                    errors.incrementAndGet();
                }
                return (System.nanoTime() - scheduled) / 1e6;
            }, senders));
        }
        List<Double> millis = answers.stream().map(CompletableFuture::join).toList();
        senders.shutdown();
        senders.awaitTermination(1, TimeUnit.MINUTES);
        Latencies latencies = new Latencies(millis, errors.get());
        String phase = String.format(Locale.ROOT, "%s, %d/s: %s, %s, JIT compiling %.1f s, "
                + "load %s", name, rate, latencies, cpu.perCall(total), (jitMillis() - jit0) / 1e3, loadAverage());
        System.out.println(phase);
        phases.add(phase);
        return latencies;
    }

    /** Waits (at most {@code max}) until the job executor has run every triage job; returns jobs per second. */
    private double drainTriageJobs(String name, Duration max) {
        vn.hcmc.feedback.support.CpuMeter cpu = vn.hcmc.feedback.support.CpuMeter.start();
        long jit0 = jitMillis();
        long start = System.nanoTime();
        long first = triageJobsLeft();
        long deadline = start + max.toNanos();
        long left = first;
        while (left > 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Math.min(Duration.ofSeconds(10).toNanos(), Math.max(0, deadline - System.nanoTime())));
            left = triageJobsLeft();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String phase = String.format(Locale.ROOT, "%s: %d of %d jobs in %.1f s = %.1f jobs/s, %s, "
                        + "JIT compiling %.1f s, load %s", name, first - left, first, seconds, (first - left) / seconds,
                cpu.perCall(first - left), (jitMillis() - jit0) / 1e3, loadAverage());
        System.out.println(phase);
        phases.add(phase);
        return (first - left) / seconds;
    }

    /**
     * Triage jobs not yet done. Counting scans the job table (0.2 s at 200,000 jobs), so it runs every 10 s: the
     * engine's job query polled five times a second had been a large share of the database's work.
     */
    private long triageJobsLeft() {
        try (var c = dataSource.getConnection(); var st = c.prepareStatement("select count(*) from ACT_RU_JOB j"
                + " join ACT_RU_JOBDEF d on d.ID_ = j.JOB_DEF_ID_ where d.ACT_ID_ = ? and j.RETRIES_ > 0")) {
            st.setString(1, CitizenReportProcess.START);
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean submitInProcess() throws IOException {
        reportIntake.submit(objectMapper.readValue(body(), ReportRequest.class), List.of(), null);
        return true;
    }

    private boolean post() throws IOException {
        return http.get().post("/api/reports", "application/json", body().getBytes(StandardCharsets.UTF_8)).status() == 201;
    }

    private static String body() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format(Locale.ROOT, """
                {"description": "%s (%d)", "location": {"lat": %.6f, "lon": %.6f},
                 "reporter": {"email": "bench-%d@example.vn"}}""",
                TEXTS[random.nextInt(TEXTS.length)], random.nextLong(1_000_000_000L),
                10.70 + random.nextDouble(0.15), 106.60 + random.nextDouble(0.15), random.nextLong(1_000_000_000L));
    }
}
