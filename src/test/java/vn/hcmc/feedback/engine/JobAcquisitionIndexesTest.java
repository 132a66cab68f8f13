package vn.hcmc.feedback.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Due-date acquisition: the engine is set for it, the index exists, and a job without a due date gets one. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class JobAcquisitionIndexesTest {

    @Autowired
    ProcessEngineConfiguration configuration;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JobAcquisitionIndexes indexes;

    Deployment deployment;

    @AfterEach
    void cleanUp() {
        if (deployment != null) {
            repositoryService.deleteDeployment(deployment.getId(), true);
        }
    }

    @Test
    void jobsAreAcquiredByDueDateThroughAnIndexAndOldJobsGetADueDate() {
        var engine = (ProcessEngineConfigurationImpl) configuration;
        assertThat(engine.isJobExecutorAcquireByDueDate()).isTrue();
        assertThat(engine.isEnsureJobDueDateNotNull()).isTrue();
        assertThat(indexNames()).contains("fb_idx_job_duedate");
        if (postgres()) {
            assertThat(indexNames()).contains("fb_idx_job_locked");
        }

        deployment = repositoryService.createDeployment().addModelInstance("acquisition-test.bpmn",
                Bpmn.createExecutableProcess("acquisitionTest").camundaHistoryTimeToLive(1).startEvent()
                        .serviceTask().camundaAsyncBefore().camundaExpression("${true}").endEvent().done()).deploy();
        String instance = runtimeService.startProcessInstanceByKey("acquisitionTest").getId();
        Job job = managementService.createJobQuery().processInstanceId(instance).singleResult();
        assertThat(job.getDuedate()).as("ensureJobDueDateNotNull").isNotNull();

        // a job from before the setting: no due date, which the acquisition would never pick up
        jdbc.update("update ACT_RU_JOB set DUEDATE_ = null where ID_ = ?", job.getId());
        indexes.prepare();
        assertThat(managementService.createJobQuery().jobId(job.getId()).singleResult().getDuedate()).isNotNull();
        indexes.prepare(); // idempotent
    }

    @Test
    void theIndexesAreFlywayMigrationsAppliedAfterTheEngineAlsoWhereTheyExistAlready() {
        assertThat(appliedEngineMigrations()).isEqualTo(postgres() ? List.of("1", "2") : List.of("1"));

        // a database from before the migrations: the indexes were created at start, no history of them
        jdbc.execute("drop table \"" + JobAcquisitionIndexes.HISTORY_TABLE + "\"");
        indexes.prepare();
        assertThat(appliedEngineMigrations()).isEqualTo(postgres() ? List.of("1", "2") : List.of("1"));
        assertThat(indexNames()).contains("fb_idx_job_duedate");
    }

    private List<String> appliedEngineMigrations() {
        return jdbc.queryForList("select \"version\" from \"" + JobAcquisitionIndexes.HISTORY_TABLE
                + "\" where \"success\" and \"version\" <> '0' order by \"installed_rank\"", String.class);
    }

    private boolean postgres() {
        return "PostgreSQL".equals(jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<String>)
                        c -> c.getMetaData().getDatabaseProductName()));
    }

    private List<String> indexNames() {
        String sql = postgres()
                ? "select indexname from pg_indexes where tablename = 'act_ru_job'"
                : "select index_name from information_schema.indexes where table_name = 'ACT_RU_JOB'";
        return jdbc.queryForList(sql, String.class).stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
    }
}
