package vn.hcmc.feedback.engine;

import jakarta.annotation.PostConstruct;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the engine's schema lacks for job acquisition with thousands of open reports (four deadline timers each).
 * The engine acquires jobs in due-date order ({@code jobExecutorAcquireByDueDate}) and gives every job a due date
 * ({@code ensureJobDueDateNotNull}, both set in application.yml). Without these, every acquisition read the whole
 * {@code ACT_RU_JOB} table twice (escalation benchmark, docs/handling.md: 12 ms per acquisition at 12,000 jobs,
 * 0.3–0.5 ms with them):
 * <ul>
 *   <li>an index on {@code DUEDATE_}, so the acquisition reads the due jobs only, oldest first
 *       ({@value #MIGRATIONS}/common);</li>
 *   <li>on PostgreSQL, a partial index of the locked jobs by process instance, for the acquisition's check that no
 *       other exclusive job of the same instance is running (PostgreSQL hashes that check over the whole table
 *       otherwise; H2 has no partial indexes and does not need it; {@value #MIGRATIONS}/postgresql);</li>
 *   <li>a due date for jobs without one, which the acquisition would otherwise never pick up.</li>
 * </ul>
 * The indexes are Flyway migrations of their own, recorded in {@value #HISTORY_TABLE}, not in the application's
 * {@code db/migration}: the application's Flyway runs before JPA, while the engine creates its {@code ACT_*} tables
 * when it is built ({@code camunda.bpm.database.schema-update}), and nothing orders the engine after or before that
 * Flyway. This bean takes the engine, so these migrations run after the engine has created or updated its schema and
 * before this node's job executor starts. Flyway's lock keeps two nodes starting together from applying them twice.
 *
 * <p>The due dates are given at every start, not once: jobs without one still appear while a node of an earlier
 * release (without {@code ensureJobDueDateNotNull}) runs beside this one, and the update reads only those rows
 * (through the due-date index). Idempotent.
 */
@Component
class JobAcquisitionIndexes {

    static final String MIGRATIONS = "db/engine";
    static final String HISTORY_TABLE = "fb_engine_schema_history";

    private static final Logger LOG = LoggerFactory.getLogger(JobAcquisitionIndexes.class);

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;

    /** Takes the engine so that it runs after the engine has created or updated its schema. */
    JobAcquisitionIndexes(ProcessEngine engine, DataSource dataSource, JdbcTemplate jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    @PostConstruct
    void prepare() {
        migrateEngineTables();
        int dated = jdbc.update("update ACT_RU_JOB set DUEDATE_ = coalesce(CREATE_TIME_, current_timestamp)"
                + " where DUEDATE_ is null");
        if (dated > 0) {
            LOG.info("Gave {} job(s) without a due date their creation time as due date (due-date acquisition)", dated);
        }
    }

    private void migrateEngineTables() {
        List<String> locations = new ArrayList<>(List.of("classpath:" + MIGRATIONS + "/common"));
        if (postgres()) {
            locations.add("classpath:" + MIGRATIONS + "/postgresql");
        }
        Flyway.configure(JobAcquisitionIndexes.class.getClassLoader())
                .dataSource(dataSource)
                .table(HISTORY_TABLE)
                .locations(locations.toArray(String[]::new))
                // the schema is never empty here (the engine's and the application's tables): start from version 0
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }

    private boolean postgres() {
        return "PostgreSQL".equals(jdbc.execute((ConnectionCallback<String>) connection ->
                connection.getMetaData().getDatabaseProductName()));
    }
}
