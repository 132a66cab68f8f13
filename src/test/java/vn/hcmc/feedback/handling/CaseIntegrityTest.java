package vn.hcmc.feedback.handling;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.hcmc.feedback.report.process.ReportHandlingProcess;
import vn.hcmc.feedback.support.ReportProcess;
import vn.hcmc.feedback.support.WebappSession;

/**
 * No official can rewrite a case through Camunda's REST API (issue 16, finding 1 and 3): the values that decide
 * where a report goes and when it escalates (unit, escalation groups, deadlines, priority) are not theirs to write,
 * a completion carries only the fields of the task's form, and the read-only overseers write nothing, not even a
 * comment or an attachment. The unit's official still claims and completes their task.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaseIntegrityTest {

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;

    HandlingTestSupport support;

    @BeforeEach
    void setUp() {
        support = new HandlingTestSupport(processEngine, rest, jdbc);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theUnitsOfficialCannotWriteTheDecisiveVariablesOfTheirTask() {
        ReportProcess report = support.instance(support.send("2026-03-09T10:00:00+07:00").trackingCode());
        Task handle = support.task(report, ReportHandlingProcess.TASK_HANDLE_REPORT);
        Object escalationGroup2 = report.variable(ReportHandlingProcess.ESCALATION_GROUP_2);
        Object answerDueAt = report.variable(ReportHandlingProcess.ANSWER_DUE_AT);

        for (String name : new String[] {"escalationGroup2", "unitCode", "answerDueAt", "priority"}) {
            var put = call("ben-thanh-staff", HttpMethod.PUT, "/engine-rest/task/" + handle.getId() + "/variables/"
                    + name, Map.of("value", "unit-ben-thanh", "type", "String"));
            assertThat(put.getStatusCode().value()).as("PUT %s: %s", name, put.getBody()).isEqualTo(403);
            var local = call("ben-thanh-staff", HttpMethod.PUT, "/engine-rest/task/" + handle.getId()
                    + "/localVariables/" + name, Map.of("value", "unit-ben-thanh", "type", "String"));
            assertThat(local.getStatusCode().value()).as("PUT local %s: %s", name, local.getBody()).isEqualTo(403);
        }
        var modify = call("ben-thanh-staff", HttpMethod.POST, "/engine-rest/task/" + handle.getId() + "/variables",
                Map.of("modifications", Map.of("escalationGroup2", Map.of("value", "unit-ben-thanh"))));
        assertThat(modify.getStatusCode().value()).as("%s", modify.getBody()).isEqualTo(403);
        var instanceWrite = call("ben-thanh-staff", HttpMethod.PUT, "/engine-rest/process-instance/"
                + handle.getProcessInstanceId() + "/variables/escalationGroup2", Map.of("value", "unit-ben-thanh"));
        assertThat(instanceWrite.getStatusCode().value()).isIn(403, 404);

        assertThat(report.variable(ReportHandlingProcess.ESCALATION_GROUP_2)).isEqualTo(escalationGroup2);
        assertThat(report.variable(ReportHandlingProcess.ANSWER_DUE_AT)).isEqualTo(answerDueAt);
        assertThat(report.variable("unitCode")).isEqualTo("ben-thanh");
    }

    @Test
    void aCompletionCarriesOnlyTheFieldsOfTheTasksForm() {
        ReportProcess report = support.instance(support.send("2026-03-09T10:00:00+07:00").trackingCode());
        Task handle = support.task(report, ReportHandlingProcess.TASK_HANDLE_REPORT);
        Object escalationGroup2 = report.variable(ReportHandlingProcess.ESCALATION_GROUP_2);
        assertThat(call("ben-thanh-staff", HttpMethod.POST, "/engine-rest/task/" + handle.getId() + "/claim",
                Map.of("userId", "ben-thanh-staff")).getStatusCode().value()).as("the official works their task")
                .isEqualTo(204);

        for (String path : new String[] {"/complete", "/submit-form"}) {
            var smuggled = call("ben-thanh-staff", HttpMethod.POST, "/engine-rest/task/" + handle.getId() + path,
                    Map.of("variables", Map.of(
                            "handlingAction", Map.of("value", "information"),
                            "question", Map.of("value", "Xin cho biết số nhà chính xác của điểm tập kết rác?"),
                            "escalationGroup2", Map.of("value", "unit-ben-thanh"))));
            assertThat(smuggled.getStatusCode().value()).as("%s: %s", path, smuggled.getBody()).isEqualTo(400);
            assertThat(smuggled.getHeaders().getContentType().toString()).contains("application/problem+json");
            assertThat(smuggled.getBody().get("detail").asText()).contains("escalationGroup2");
            assertThat(support.task(report, ReportHandlingProcess.TASK_HANDLE_REPORT)).as("still open").isNotNull();
            assertThat(report.variable(ReportHandlingProcess.ESCALATION_GROUP_2)).isEqualTo(escalationGroup2);
        }

        var padded = call("ben-thanh-staff", HttpMethod.POST, "/engine-rest/task/" + handle.getId() + "/complete",
                Map.of("variables", Map.of("escalationGroup2", Map.of("value", "unit-ben-thanh")),
                        "padding", "x".repeat(1_100_000)));
        assertThat(padded.getStatusCode().value()).as("a huge body is not passed on unchecked").isEqualTo(413);
        assertThat(report.variable(ReportHandlingProcess.ESCALATION_GROUP_2)).isEqualTo(escalationGroup2);

        var honest = call("ben-thanh-staff", HttpMethod.POST, "/engine-rest/task/" + handle.getId() + "/submit-form",
                Map.of("variables", Map.of(
                        "handlingAction", Map.of("value", "information"),
                        "question", Map.of("value", "Xin cho biết số nhà chính xác của điểm tập kết rác?"))));
        assertThat(honest.getStatusCode().value()).as("%s", honest.getBody()).isLessThan(300);
        assertThat(support.task(report, ReportHandlingProcess.TASK_HANDLE_REPORT)).as("completed").isNull();
    }

    @Test
    void overseersWriteNothingNotEvenACommentOrAnAttachment() {
        ReportProcess report = support.instance(support.send("2026-03-09T10:00:00+07:00").trackingCode());
        Task handle = support.task(report, ReportHandlingProcess.TASK_HANDLE_REPORT);

        for (String overseer : new String[] {"manager", "inspector"}) {
            var comment = call(overseer, HttpMethod.POST, "/engine-rest/task/" + handle.getId() + "/comment/create",
                    Map.of("message", "Ghi chú của người giám sát"));
            assertThat(comment.getStatusCode().value()).as("%s comments: %s", overseer, comment.getBody())
                    .isEqualTo(403);
            var attachment = call(overseer, HttpMethod.POST, "/engine-rest/task/" + handle.getId()
                    + "/attachment/create", Map.of("attachmentName", "x.html", "url", "https://example.org/x"));
            assertThat(attachment.getStatusCode().value()).as("%s attaches: %s", overseer, attachment.getBody())
                    .isEqualTo(403);
        }
        var otherWard = call("tan-dinh-staff", HttpMethod.POST, "/engine-rest/task/" + handle.getId()
                + "/comment/create", Map.of("message", "Ghi chú của phường khác"));
        assertThat(otherWard.getStatusCode().value()).as("the task does not exist for them: %s", otherWard.getBody())
                .isIn(400, 403, 404);
        assertThat(processEngine.getTaskService().getTaskComments(handle.getId())).isEmpty();
        assertThat(processEngine.getTaskService().getTaskAttachments(handle.getId())).isEmpty();

        var admin = call("demo", HttpMethod.POST, "/engine-rest/task/" + handle.getId() + "/comment/create",
                Map.of("message", "Đã kiểm tra / checked"));
        assertThat(admin.getStatusCode().value()).as("an administrator writes: %s", admin.getBody()).isEqualTo(200);
        assertThat(processEngine.getTaskService().getTaskComments(handle.getId())).hasSize(1);
    }

    @Test
    void tasklistsEngineApiIsGuardedTheSameWay() {
        ReportProcess report = support.instance(support.send("2026-03-09T10:00:00+07:00").trackingCode());
        Task handle = support.task(report, ReportHandlingProcess.TASK_HANDLE_REPORT);
        String task = "/camunda/api/engine/engine/default/task/" + handle.getId();

        WebappSession manager = WebappSession.tasklist(rest, "manager", "manager");
        var comment = manager.post(task + "/comment/create", Map.of("message", "Ghi chú của người giám sát"));
        assertThat(comment.getStatusCode().value()).as("%s", comment.getBody()).isEqualTo(403);
        assertThat(comment.getBody().get("type").asText()).isEqualTo("urn:feedback:problem:read-only");
        assertThat(processEngine.getTaskService().getTaskComments(handle.getId())).isEmpty();

        WebappSession official = WebappSession.tasklist(rest, "ben-thanh-staff", "ben-thanh-staff");
        var claim = official.post(task + "/claim", Map.of("userId", "ben-thanh-staff"));
        assertThat(claim.getStatusCode().value()).as("%s", claim.getBody()).isEqualTo(204);
        var smuggled = official.post(task + "/submit-form", Map.of("variables", Map.of(
                "handlingAction", Map.of("value", "information"),
                "question", Map.of("value", "Xin cho biết số nhà chính xác của điểm tập kết rác?"),
                "unitCode", Map.of("value", "tan-dinh"))));
        assertThat(smuggled.getStatusCode().value()).as("%s", smuggled.getBody()).isEqualTo(400);
        assertThat(smuggled.getBody().get("detail").asText()).contains("unitCode");
        assertThat(report.variable("unitCode")).isEqualTo("ben-thanh");
        var variable = official.post(task + "/variables", Map.of("modifications",
                Map.of("escalationGroup2", Map.of("value", "unit-ben-thanh"))));
        assertThat(variable.getStatusCode().value()).as("%s", variable.getBody()).isEqualTo(403);

        var honest = official.post(task + "/submit-form", Map.of("variables", Map.of(
                "handlingAction", Map.of("value", "information"),
                "question", Map.of("value", "Xin cho biết số nhà chính xác của điểm tập kết rác?"))));
        assertThat(honest.getStatusCode().value()).as("%s", honest.getBody()).isLessThan(300);
        assertThat(support.task(report, ReportHandlingProcess.TASK_HANDLE_REPORT)).isNull();
    }

    private ResponseEntity<JsonNode> call(String user, HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, user).exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }
}
