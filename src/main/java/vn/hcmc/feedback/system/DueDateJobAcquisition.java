package vn.hcmc.feedback.system;

import jakarta.annotation.PostConstruct;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The engine acquires jobs in due-date order ({@code jobExecutorAcquireByDueDate}) and gives every job a due date
 * ({@code ensureJobDueDateNotNull}, set in application.yml). This adds what the engine's schema lacks for that: an
 * index on {@code ACT_RU_JOB.DUEDATE_}, so an acquisition reads the due jobs only instead of the whole table (tens of
 * thousands of future deadline timers), and it gives a due date to jobs created before this setting, which the
 * acquisition would otherwise never pick up. Both run once per start, before this node's job executor starts, and
 * are idempotent.
 */
@Component
class DueDateJobAcquisition {

    private static final Logger LOG = LoggerFactory.getLogger(DueDateJobAcquisition.class);

    private final JdbcTemplate jdbc;

    /** Takes the engine so that it runs after the engine has created or updated its schema. */
    DueDateJobAcquisition(ProcessEngine engine, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @PostConstruct
    void prepare() {
        jdbc.execute("create index if not exists FB_IDX_JOB_DUEDATE on ACT_RU_JOB (DUEDATE_)");
        int dated = jdbc.update("update ACT_RU_JOB set DUEDATE_ = coalesce(CREATE_TIME_, current_timestamp)"
                + " where DUEDATE_ is null");
        if (dated > 0) {
            LOG.info("Gave {} job(s) without a due date their creation time as due date (due-date acquisition)", dated);
        }
    }
}
