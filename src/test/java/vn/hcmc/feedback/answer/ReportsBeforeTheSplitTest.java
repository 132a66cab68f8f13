package vn.hcmc.feedback.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.hcmc.feedback.deadline.DeadlineTimers;
import vn.hcmc.feedback.report.ReportClient;
import vn.hcmc.feedback.report.process.CitizenReportProcess;
import vn.hcmc.feedback.support.TestMail;

/**
 * Upgrading running reports (docs/design.md): instances of the single citizen-report model from before the split
 * into called processes are not migrated (Camunda's migration API cannot move an activity into a called instance);
 * they finish on their own version, which stays deployed, with today's delegates, services and APIs. This test
 * deploys that model (kept under src/test/resources/processes-before-split) as an earlier version, runs a report on
 * it from triage to closing through the public and staff APIs, and removes it again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportsBeforeTheSplitTest {

    @RegisterExtension
    static com.icegreen.greenmail.junit5.GreenMailExtension smtp = TestMail.server();

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DeadlineTimers deadlineTimers;

    Deployment before;
    ProcessDefinition old;

    @BeforeEach
    void deployTheModelFromBeforeTheSplit() {
        before = engine.getRepositoryService().createDeployment().name("citizen-report before the split")
                .addClasspathResource("processes-before-split/citizen-report.bpmn")
                .addClasspathResource("processes/report-routing.dmn")
                .addClasspathResource("processes/sla-policy.dmn")
                .addClasspathResource("forms/triage-report.form").addClasspathResource("forms/handle-report.form")
                .addClasspathResource("forms/approve-answer.form").addClasspathResource("forms/decide-extension.form")
                .addClasspathResource("forms/follow-up-overdue.form")
                .addClasspathResource("forms/inspect-overdue.form").addClasspathResource("forms/review-rating.form")
                .deploy();
        old = engine.getRepositoryService().createProcessDefinitionQuery().deploymentId(before.getId())
                .processDefinitionKey(CitizenReportProcess.PROCESS_ID).singleResult();
    }

    @AfterEach
    void removeIt() {
        engine.getRepositoryService().deleteDeployment(before.getId(), true);
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(CitizenReportProcess.PROCESS_ID).latestVersion().singleResult().getDeploymentId())
                .as("the split model is the latest again").isNotEqualTo(before.getId());
    }

    @Test
    void aReportStartedOnTheOldModelFinishesOnItWithTodaysCode() {
        ReportClient client = new ReportClient(rest, jdbc);
        AnswerTestKit kit = new AnswerTestKit(client);
        JsonNode created = client.postJson(ReportClient.report(ReportClient.marker()), null).getBody();
        String code = created.get("trackingCode").asText();
        // the request started today's model; put the report on the old one, as if it had been sent before the upgrade
        var runtime = engine.getRuntimeService();
        ProcessInstance today = runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).singleResult();
        runtime.deleteProcessInstance(today.getId(), "test: the report was sent before the upgrade", true, true);
        ProcessInstance instance = runtime.startProcessInstanceById(old.getId(), code);

        execute(instance, CitizenReportProcess.START);
        execute(instance, CitizenReportProcess.TASK_MAIL_RECEIPT);
        assertThat(runtime.getVariables(instance.getId())).as("the old start sets the identifiers in triage")
                .containsEntry("trackingCode", code).containsEntry("unitCode", "ben-thanh");
        Task handle = task(instance, "Task_HandleReport");
        assertThat(handle).isNotNull();
        assertThat(deadlineTimers.rescheduleAll()).as("holiday reloads still move the old instance's deadlines")
                .isGreaterThanOrEqualTo(1);
        assertThat(client.get(code, null).getBody().get("answerDueAt").asText()).as("the public deadline")
                .isEqualTo(runtime.getVariable(instance.getId(), "answerDueAt"));

        assertThat(kit.propose("ben-thanh-staff", code, AnswerTestKit.answer("resolved", "Đã thu gom rác."), List.of())
                .getStatusCode().value()).isEqualTo(201);
        assertThat(kit.decide("ben-thanh-leader", code, true, null).getStatusCode().value()).isEqualTo(200);
        execute(instance, CitizenReportProcess.TASK_MAIL_ANSWER_PUBLISHED);
        assertThat(kit.rate(code, created.get("accessToken").asText(), 5, "Cảm ơn").getStatusCode().value())
                .isEqualTo(201);
        execute(instance, CitizenReportProcess.TASK_MAIL_CLOSED);

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
                .singleResult().getProcessDefinitionId()).as("it finished on its own version").isEqualTo(old.getId());
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(code)
                .processDefinitionKey("report-handling").count()).as("it never entered the new models").isZero();
        assertThat(jdbc.queryForObject("select status from report where tracking_code = ?", String.class, code))
                .isEqualTo("CLOSED");
    }

    private void execute(ProcessInstance instance, String activityId) {
        Job job = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(activityId).singleResult();
        assertThat(job).as("job of %s", activityId).isNotNull();
        engine.getManagementService().executeJob(job.getId());
    }

    private Task task(ProcessInstance instance, String key) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key)
                .singleResult();
    }
}
