package vn.hcmc.feedback.engine;

import jakarta.annotation.PostConstruct;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the engine's schema lacks for job acquisition with thousands of open reports (four deadline timers each).
 * The engine acquires jobs in due-date order ({@code jobExecutorAcquireByDueDate}) and gives every job a due date
 * ({@code ensureJobDueDateNotNull}, both set in application.yml). Without these, every acquisition read the whole
 * {@code ACT_RU_JOB} table twice (escalation benchmark, docs/handling.md):
 * <ul>
 *   <li>an index on {@code DUEDATE_}, so the acquisition reads the due jobs only, oldest first;</li>
 *   <li>on PostgreSQL, a partial index of the locked jobs by process instance, for the acquisition's check that no
 *       other exclusive job of the same instance is running (PostgreSQL hashes that check over the whole table
 *       otherwise; H2 has no partial indexes and does not need it);</li>
 *   <li>a due date for jobs created before this setting, which the acquisition would otherwise never pick up.</li>
 * </ul>
 * Runs once per start, after the engine has created or updated its schema and before this node's job executor
 * starts; idempotent.
 */
@Component
class JobAcquisitionIndexes {

    private static final Logger LOG = LoggerFactory.getLogger(JobAcquisitionIndexes.class);

    private final JdbcTemplate jdbc;

    /** Takes the engine so that it runs after the engine has created or updated its schema. */
    JobAcquisitionIndexes(ProcessEngine engine, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @PostConstruct
    void prepare() {
        jdbc.execute("create index if not exists FB_IDX_JOB_DUEDATE on ACT_RU_JOB (DUEDATE_)");
        boolean postgres = "PostgreSQL".equals(jdbc.execute((ConnectionCallback<String>) connection ->
                connection.getMetaData().getDatabaseProductName()));
        if (postgres) {
            jdbc.execute("create index if not exists FB_IDX_JOB_LOCKED on ACT_RU_JOB (PROCESS_INSTANCE_ID_)"
                    + " where LOCK_OWNER_ is not null");
        }
        int dated = jdbc.update("update ACT_RU_JOB set DUEDATE_ = coalesce(CREATE_TIME_, current_timestamp)"
                + " where DUEDATE_ is null");
        if (dated > 0) {
            LOG.info("Gave {} job(s) without a due date their creation time as due date (due-date acquisition)", dated);
        }
    }
}
