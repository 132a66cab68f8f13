package vn.hcmc.feedback.handling;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.hcmc.feedback.FeedbackApplication;
import vn.hcmc.feedback.report.process.ReportHandlingProcess;

/**
 * Escalation benchmark (not part of {@code ./mvnw verify}; see docs/handling.md). Run it alone on PostgreSQL:
 * <pre>
 * TEST_DB_URL=... ./mvnw -B verify -Ppostgres,benchmark -Dtest=EscalationBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * <ol>
 *   <li>bare: N instances of a process with one timer (start → timer → end), all due at the same instant; the
 *       engine clock is moved past it and the job executor drains them;</li>
 *   <li>real: N open reports (report rows inserted with JDBC, citizen-report started at SubProcess_Handling with the
 *       variables routing would have set), all with the same answer deadline; the job executor drains the level-1
 *       timers (mark overdue, history row, follow-up task). Exactly once: N follow-up tasks, N history rows;</li>
 *   <li>two nodes: the same with a second application context (its own process engine and job executor) on the
 *       same database.</li>
 * </ol>
 * Target: real rate ≥ 0.6 × bare rate.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EscalationBenchmarkTest {

    static final int N = Integer.getInteger("benchmark.escalations", 10_000);
    static final int CREATORS = Integer.getInteger("benchmark.creators", 4);
    /** Jobs per acquisition of every job executor of the run (Camunda's default is 3), same for bare and real. */
    static final int JOBS_PER_ACQUISITION = Integer.getInteger("benchmark.jobs-per-acquisition", 10);
    static final String BARE_KEY = "bareTimerBenchmark";

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;

    Deployment bare;
    final StringBuilder report = new StringBuilder();

    @AfterEach
    void cleanUp() {
        ClockUtil.reset();
        if (bare != null) {
            repositoryService.deleteDeployment(bare.getId(), true);
        }
    }

    @Test
    void escalatesTenThousandOverdueReportsExactlyOnceOnOneAndTwoNodes() throws Exception {
        JobExecutor executor = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
                .getJobExecutor();
        assertThat(executor.isActive()).as("the test profile runs no job executor").isFalse();
        executor.setMaxJobsPerAcquisition(JOBS_PER_ACQUISITION);
        line("Escalation benchmark, N = %d, job executor %s (maxJobsPerAcquisition %d), database %s", N,
                executor.getClass().getSimpleName(), executor.getMaxJobsPerAcquisition(),
                jdbc.queryForObject("select version()", String.class).split(",")[0]);

        // 1. bare timers
        Instant bareDue = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        bare = repositoryService.createDeployment().addModelInstance(BARE_KEY + ".bpmn",
                Bpmn.createExecutableProcess(BARE_KEY).camundaHistoryTimeToLive(1).startEvent()
                        .intermediateCatchEvent("Timer_Bare").timerWithDate(bareDue.toString()).endEvent().done())
                .deploy();
        long created = System.nanoTime();
        parallel(N, i -> runtimeService.startProcessInstanceByKey(BARE_KEY));
        line("bare: %d instances created in %.1f s", N, seconds(System.nanoTime() - created));
        analyze();
        double bareSeconds = drain(List.of(executor), bareDue,
                () -> managementService.createJobQuery().processDefinitionKey(BARE_KEY).count());
        double bareRate = N / bareSeconds;
        line("bare: %d timer jobs drained in %.1f s = %.0f jobs/s", N, bareSeconds, bareRate);

        // 2. real escalations, one node
        Run one = createReports(Instant.now().plus(60, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
        double oneSeconds = drain(List.of(executor), one.due(), () -> levelOneJobs());
        double oneRate = N / oneSeconds;
        verifyExactlyOnce(one);
        line("real, 1 node: %d escalations in %.1f s = %.0f reports/s = %.2f × bare (target ≥ 0.6)", N, oneSeconds,
                oneRate, oneRate / bareRate);

        // 3. real escalations, two nodes on one database
        ConfigurableApplicationContext second = new SpringApplicationBuilder(FeedbackApplication.class)
                .properties(Map.of("server.port", "0", "camunda.bpm.process-engine-name", "node2",
                        "camunda.bpm.job-execution.enabled", "false"))
                .run();
        try {
            JobExecutor executor2 = ((ProcessEngineConfigurationImpl) second.getBean(ProcessEngine.class)
                    .getProcessEngineConfiguration()).getJobExecutor();
            executor2.setMaxJobsPerAcquisition(JOBS_PER_ACQUISITION);
            // due before the first run's level-2 timers (two working days after its deadline), so only these fire
            Run two = createReports(one.due().plus(1, ChronoUnit.HOURS));
            double twoSeconds = drain(List.of(executor, executor2), two.due(), () -> levelOneJobs());
            double twoRate = N / twoSeconds;
            verifyExactlyOnce(two);
            line("real, 2 nodes: %d escalations in %.1f s = %.0f reports/s, speed-up %.2f × one node", N, twoSeconds,
                    twoRate, twoRate / oneRate);
        } finally {
            second.close();
        }
        Path out = Path.of("target/benchmark/escalation.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
        assertThat(oneRate).as("reported, not a pass/fail timing").isPositive();
    }

    record Run(String prefix, Instant due, List<Long> reportIds) {
    }

    /** N report rows (JDBC) and their processes, started at the deadline scope with what routing would have set. */
    private Run createReports(Instant due) throws Exception {
        String prefix = "BM" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        Instant received = Instant.now();
        long started = System.nanoTime();
        jdbc.batchUpdate("insert into report (tracking_code, access_token_hash, status, description, category,"
                + " priority, unit_code, contact_flood, public_visible, language, urgent, received_at, updated_at)"
                + " values (?, ?, 'ASSIGNED', 'benchmark report', 'garbage', 'NORMAL', 'ben-thanh', false, true, 'vi',"
                + " false, ?, ?)", IntStream.range(0, N).mapToObj(i -> new Object[] {code(prefix, i),
                "0".repeat(64), Timestamp.from(received), Timestamp.from(received)}).toList());
        List<Long> ids = jdbc.queryForList("select id from report where tracking_code like ? order by id", Long.class,
                prefix + "%");
        String answerDueAt = due.toString();
        String later = due.plus(365, ChronoUnit.DAYS).toString();
        parallel(N, i -> runtimeService.createProcessInstanceByKey(ReportHandlingProcess.PROCESS_ID)
                .businessKey(code(prefix, i))
                .setVariables(Map.of("reportId", ids.get(i), "trackingCode", code(prefix, i), "category", "garbage",
                        "priority", "NORMAL", "unitCode", "ben-thanh", "slaStart", Date.from(received),
                        "acceptDueAt", later, "reminderAt", later, "answerDueAt", answerDueAt))
                .setVariables(Map.of("answerDeadline", "P7D", "escalationGroup1", "unit-ben-thanh-leaders",
                        "escalationGroup2", "city-inspectorate", "overdue", false))
                .startBeforeActivity(ReportHandlingProcess.SUBPROCESS_HANDLING).execute());
        line("real: %d reports and processes created in %.1f s (answer due %s)", N,
                seconds(System.nanoTime() - started), answerDueAt);
        analyze();
        return new Run(prefix, due, ids);
    }

    /**
     * Fresh planner statistics before a drain, as autovacuum keeps them in a database that grew over weeks: right
     * after a bulk load of thousands of instances they still describe the empty tables, and PostgreSQL then reads the
     * engine's variables of one execution through the index of all task-less variables (20 ms instead of 0.1 ms).
     */
    private void analyze() {
        long start = System.nanoTime();
        jdbc.execute("analyze");
        line("  (analyze: %.1f s, not timed)", seconds(System.nanoTime() - start));
    }

    private long levelOneJobs() {
        return managementService.createJobQuery().activityId(ReportHandlingProcess.TIMER_LEVEL_1)
                .duedateLowerThan(Date.from(ClockUtil.getCurrentTime().toInstant())).count();
    }

    private void verifyExactlyOnce(Run run) {
        Long tasks = jdbc.queryForObject("select count(*) from act_ru_task t join act_ru_execution e"
                + " on t.proc_inst_id_ = e.id_ where t.task_def_key_ = ? and e.business_key_ like ?", Long.class,
                ReportHandlingProcess.TASK_FOLLOW_UP_OVERDUE, run.prefix() + "%");
        Map<String, Object> rows = jdbc.queryForMap("select count(*) as n, count(distinct e.report_id) as reports"
                + " from report_event e join report r on r.id = e.report_id where e.event = 'escalated-level-1'"
                + " and r.tracking_code like ?", run.prefix() + "%");
        long failed = managementService.createJobQuery().withException().count();
        line("  check: %d follow-up tasks, %s level-1 history rows for %s reports, %d failed jobs", tasks,
                rows.get("n"), rows.get("reports"), failed);
        assertThat(tasks).isEqualTo(N);
        assertThat(((Number) rows.get("n")).longValue()).isEqualTo(N);
        assertThat(((Number) rows.get("reports")).longValue()).isEqualTo(N);
        assertThat(failed).isZero();
    }

    /** Moves the engine clock past the due instant, runs the executors until nothing due is left. */
    private double drain(List<JobExecutor> executors, Instant due, LongSupplier remaining) throws InterruptedException {
        ClockUtil.setCurrentTime(Date.from(due.plusSeconds(60)));
        long start = System.nanoTime();
        executors.forEach(JobExecutor::start);
        try {
            while (remaining.getAsLong() > 0) {
                Thread.sleep(250);
                if (System.nanoTime() - start > Duration.ofMinutes(30).toNanos()) {
                    throw new IllegalStateException("not drained in 30 minutes: " + remaining.getAsLong() + " left");
                }
            }
            return seconds(System.nanoTime() - start);
        } finally {
            executors.forEach(JobExecutor::shutdown);
        }
    }

    private static String code(String prefix, int i) {
        return prefix + String.format("%06d", i);
    }

    private void parallel(int count, java.util.function.IntConsumer action) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CREATORS);
        try {
            List<Future<?>> futures = new ArrayList<>();
            int chunk = (count + CREATORS - 1) / CREATORS;
            for (int c = 0; c < CREATORS; c++) {
                int from = c * chunk;
                int to = Math.min(count, from + chunk);
                futures.add(pool.submit(() -> IntStream.range(from, to).forEach(action)));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        System.out.println(text);
        report.append(text).append('\n');
    }
}
