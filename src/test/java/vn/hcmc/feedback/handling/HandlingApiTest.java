package vn.hcmc.feedback.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.hcmc.feedback.handling.HandlingTestSupport.at;
import static vn.hcmc.feedback.handling.HandlingTestSupport.date;
import static vn.hcmc.feedback.support.ReportProcess.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import javax.imageio.ImageIO;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.hcmc.feedback.report.process.ReportHandlingProcess;
import vn.hcmc.feedback.support.ReportProcess;
import vn.hcmc.feedback.support.TestMail;

/** The staff API of handling and the citizen's information endpoint: success, 403, 400, 409, nothing changed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HandlingApiTest {

    @RegisterExtension
    static GreenMailExtension smtp = TestMail.server();

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    TaskService taskService;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;

    HandlingTestSupport support;
    TestRestTemplate http;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        support = new HandlingTestSupport(processEngine, rest, jdbc);
        http = support.client.rest();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void claimTakesTheReportForTheCallerOnly() {
        var sent = support.send("2026-03-09T10:00:00+07:00");
        ReportProcess instance = support.instance(sent.trackingCode());

        assertProblem(staff("tan-dinh-staff", sent, "/claim", null), 403, "not-allowed");
        assertThat(support.task(instance, ReportHandlingProcess.TASK_HANDLE_REPORT).getAssignee()).isNull();
        assertThat(staff("nobody", sent, "/claim", null).getStatusCode().value()).isEqualTo(401);

        assertThat(staff("ben-thanh-staff", sent, "/claim", null).getStatusCode().value()).isEqualTo(204);
        assertThat(support.task(instance, ReportHandlingProcess.TASK_HANDLE_REPORT).getAssignee())
                .isEqualTo("ben-thanh-staff");
        assertProblem(staff("ben-thanh-leader", sent, "/claim", null), 409, "claimed-by-another");
        assertThat(support.task(instance, ReportHandlingProcess.TASK_HANDLE_REPORT).getAssignee())
                .isEqualTo("ben-thanh-staff");
        assertThat(support.events(sent.reportId())).contains("received", "triaged", "routed", "accepted");
    }

    @Test
    void informationRequestAndTheCitizensAnswer() throws Exception {
        var sent = support.send("2026-03-09T10:00:00+07:00");
        ReportProcess instance = support.instance(sent.trackingCode());

        assertProblem(staff("ben-thanh-staff", sent, "/information-request", Map.of("question", " ")), 400,
                "invalid-handling-action");
        assertProblem(staff("tan-dinh-staff", sent, "/information-request", Map.of("question", "?")), 403,
                "not-allowed");
        assertThat(support.task(instance, ReportHandlingProcess.TASK_HANDLE_REPORT).getAssignee()).isNull();

        at("2026-03-13T16:00:00+07:00");
        assertThat(staff("ben-thanh-staff", sent, "/information-request",
                Map.of("question", "Số nhà chính xác là bao nhiêu?")).getStatusCode().value()).isEqualTo(204);
        support.execute(instance, ReportHandlingProcess.TASK_REQUEST_INFORMATION);
        assertProblem(staff("ben-thanh-staff", sent, "/transfer", Map.of("unitCode", "tan-dinh", "reason", "x")),
                409, "wrong-state");
        assertThat(support.client.get(sent.trackingCode(), null).getBody().get("status").asText())
                .isEqualTo("AWAITING_INFORMATION");

        at("2026-03-16T09:00:00+07:00");
        assertProblem(information(sent.trackingCode(), null, Map.of("text", "Số 12")), 400, "report-token-required");
        assertProblem(information(sent.trackingCode(), "wrong", Map.of("text", "Số 12")), 403, "invalid-report-token");
        assertProblem(information(sent.trackingCode(), sent.token(), Map.of("text", "")), 400,
                "information-text-required");
        long attachments = attachmentsOf(sent.reportId());
        assertProblem(informationMultipart(sent, "{\"text\":\"Số 12\"}", "notes.txt", "text/plain",
                "chỉ là chữ".getBytes()), 415, "unsupported-attachment-type");
        assertThat(attachmentsOf(sent.reportId())).isEqualTo(attachments);
        assertThat(support.status(sent.reportId())).isEqualTo("AWAITING_INFORMATION");
        assertThat(support.events(sent.reportId())).doesNotContain("information-received");

        assertThat(informationMultipart(sent, "{\"text\":\"Số 12 hẻm 34\"}", "photo.png", "image/png", png())
                .getStatusCode().value()).isEqualTo(204);
        assertThat(attachmentsOf(sent.reportId())).isEqualTo(attachments + 1);
        assertThat(instance).isWaitingAt(ReportHandlingProcess.TASK_HANDLE_REPORT).variables()
                .containsEntry("answerDueAt", "2026-03-19T10:00:00+07:00");
        assertThat(jdbc.queryForObject("select answer_text from report_information where report_id = ?",
                String.class, sent.reportId())).isEqualTo("Số 12 hẻm 34");
        JsonNode view = support.client.get(sent.trackingCode(), null).getBody();
        assertThat(view.get("status").asText()).isEqualTo("ASSIGNED");
        assertThat(view.get("answerDueAt").asText()).isEqualTo("2026-03-19T10:00:00+07:00");

        assertProblem(information(sent.trackingCode(), sent.token(), Map.of("text", "Lần nữa")), 409,
                "no-information-requested");
    }

    @Test
    void transferNeedsAUnitAndAReason() {
        var sent = support.send("2026-03-09T10:00:00+07:00");
        ReportProcess instance = support.instance(sent.trackingCode());

        assertProblem(staff("ben-thanh-staff", sent, "/transfer", Map.of("unitCode", "tan-dinh")), 400,
                "invalid-handling-action");
        assertProblem(staff("ben-thanh-staff", sent, "/transfer", Map.of("unitCode", "atlantis", "reason", "x")),
                400, "invalid-handling-action");
        assertProblem(staff("tan-dinh-staff", sent, "/transfer", Map.of("unitCode", "tan-dinh", "reason", "x")),
                403, "not-allowed");
        assertThat(support.events(sent.reportId())).doesNotContain("transferred");

        assertThat(staff("ben-thanh-staff", sent, "/transfer",
                Map.of("unitCode", "tan-dinh", "reason", "Thuộc địa bàn Tân Định")).getStatusCode().value())
                .isEqualTo(204);
        assertThat(instance).isWaitingAt(ReportHandlingProcess.TASK_HANDLE_REPORT).variables()
                .containsEntry("unitCode", "tan-dinh");
        assertThat(support.client.get(sent.trackingCode(), null).getBody().get("unitCode").asText())
                .isEqualTo("tan-dinh");
        assertProblem(staff("ben-thanh-staff", sent, "/claim", null), 403, "not-allowed");
        assertThat(staff("tan-dinh-staff", sent, "/claim", null).getStatusCode().value()).isEqualTo(204);
    }

    @Test
    void extensionIsAskedByTheUnitAndDecidedByALeaderOnce() {
        var sent = support.send("2026-03-09T10:00:00+07:00");
        ReportProcess instance = support.instance(sent.trackingCode());

        assertProblem(staff("ben-thanh-staff", sent, "/extension", Map.of("workingDays", 2)), 400,
                "invalid-handling-action");
        assertProblem(staff("ben-thanh-staff", sent, "/extension", Map.of("reason", "x", "workingDays", "two")), 400,
                "invalid-handling-action");
        assertProblem(staff("ben-thanh-staff", sent, "/extension", Map.of("reason", "x", "workingDays", 8)), 400,
                "extension-too-long");
        assertProblem(staff("ben-thanh-leader", sent, "/extension/decision", Map.of("approved", true)), 409,
                "wrong-state");

        assertThat(staff("ben-thanh-staff", sent, "/extension", Map.of("reason", "Chờ giám định", "workingDays", 2))
                .getStatusCode().value()).isEqualTo(204);
        assertThat(instance).isWaitingAt(ReportHandlingProcess.TASK_DECIDE_EXTENSION);
        assertProblem(staff("ben-thanh-staff", sent, "/extension/decision", Map.of("approved", true)), 403,
                "not-allowed");
        assertProblem(staff("ben-thanh-leader", sent, "/extension/decision", Map.of("comment", "?")), 400,
                "invalid-extension-decision");
        assertProblem(staff("ben-thanh-leader", sent, "/extension/decision", Map.of("approved", false)), 400,
                "invalid-extension-decision");
        assertThat(instance).isWaitingAt(ReportHandlingProcess.TASK_DECIDE_EXTENSION);

        assertThat(staff("ben-thanh-leader", sent, "/extension/decision", Map.of("approved", true, "comment", "OK"))
                .getStatusCode().value()).isEqualTo(204);
        assertThat(instance).isWaitingAt(ReportHandlingProcess.TASK_HANDLE_REPORT).variables()
                .containsEntry("answerDueAt", "2026-03-20T17:00:00+07:00");
        assertProblem(staff("ben-thanh-staff", sent, "/extension", Map.of("reason", "Lần hai", "workingDays", 1)),
                409, "already-extended");
    }

    @Test
    void historyIsReadByTheOfficialsOfTheReport() {
        var sent = support.send("2026-03-09T10:00:00+07:00");
        ResponseEntity<JsonNode> history = http.withBasicAuth("ben-thanh-leader", "ben-thanh-leader")
                .getForEntity("/api/staff/reports/" + sent.trackingCode() + "/history", JsonNode.class);
        assertThat(history.getStatusCode().value()).isEqualTo(200);
        assertThat(history.getBody().findValuesAsText("event")).contains("received", "triaged", "routed");
        assertThat(http.withBasicAuth("inspector", "inspector").getForEntity("/api/staff/reports/"
                + sent.trackingCode() + "/history", JsonNode.class).getStatusCode().value()).isEqualTo(200);
        assertProblem(http.withBasicAuth("tan-dinh-staff", "tan-dinh-staff").getForEntity("/api/staff/reports/"
                + sent.trackingCode() + "/history", JsonNode.class), 403, "not-allowed");
    }

    @Test
    void reloadingTheHolidaysRecomputesOpenTimersAndTasksFromTheStoredBasis() {
        var sent = support.send("2026-02-13T16:00:00+07:00");
        ReportProcess instance = support.instance(sent.trackingCode());
        // as if the deadlines had been computed with a table that did not know Tết
        runtimeService.setVariable(instance.current().getId(), "answerDueAt", "2026-02-24T17:00:00+07:00");
        managementService.setJobDuedate(support.job(instance, ReportHandlingProcess.TIMER_LEVEL_1).getId(),
                date("2026-02-24T17:00:00+07:00"));
        var task = support.task(instance, ReportHandlingProcess.TASK_HANDLE_REPORT);
        task.setDueDate(date("2026-02-24T17:00:00+07:00"));
        taskService.saveTask(task);

        assertProblem(http.withBasicAuth("ben-thanh-leader", "ben-thanh-leader")
                .postForEntity("/api/staff/admin/holidays/reload", null, JsonNode.class), 403, "not-allowed");
        assertThat(support.variable(instance, "answerDueAt")).isEqualTo("2026-02-24T17:00:00+07:00");

        ResponseEntity<JsonNode> reloaded = http.withBasicAuth("manager", "manager")
                .postForEntity("/api/staff/admin/holidays/reload", null, JsonNode.class);
        assertThat(reloaded.getStatusCode().value()).isEqualTo(200);
        assertThat(reloaded.getBody().get("reportsRescheduled").asInt()).isPositive();
        assertThat(support.variable(instance, "answerDueAt")).isEqualTo("2026-03-03T17:00:00+07:00");
        assertThat(support.job(instance, ReportHandlingProcess.TIMER_LEVEL_1).getDuedate())
                .isEqualTo(date("2026-03-03T17:00:00+07:00"));
        assertThat(support.task(instance, ReportHandlingProcess.TASK_HANDLE_REPORT).getDueDate())
                .isEqualTo(date("2026-03-03T17:00:00+07:00"));
    }

    private ResponseEntity<JsonNode> staff(String user, HandlingTestSupport.Sent sent, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, user).exchange("/api/staff/reports/" + sent.trackingCode() + path,
                HttpMethod.POST, new HttpEntity<>(body == null ? "" : body, headers), JsonNode.class);
    }

    private ResponseEntity<JsonNode> information(String code, String token, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (token != null) {
            headers.set("X-Report-Token", token);
        }
        return http.exchange("/api/reports/" + code + "/information", HttpMethod.POST, new HttpEntity<>(body, headers),
                JsonNode.class);
    }

    private ResponseEntity<JsonNode> informationMultipart(HandlingTestSupport.Sent sent, String json, String fileName,
                                                          String type, byte[] content) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        HttpHeaders jsonHeaders = new HttpHeaders();
        jsonHeaders.setContentType(MediaType.APPLICATION_JSON);
        parts.add("information", new HttpEntity<>(json, jsonHeaders));
        HttpHeaders fileHeaders = new HttpHeaders();
        fileHeaders.setContentType(MediaType.parseMediaType(type));
        parts.add("files", new HttpEntity<>(new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        }, fileHeaders));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.set("X-Report-Token", sent.token());
        return http.exchange("/api/reports/" + sent.trackingCode() + "/information", HttpMethod.POST,
                new HttpEntity<>(parts, headers), JsonNode.class);
    }

    private long attachmentsOf(long reportId) {
        return jdbc.queryForObject("select count(*) from report_attachment where report_id = ?", Long.class, reportId);
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static void assertProblem(ResponseEntity<JsonNode> response, int status, String slug) {
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(status);
        assertThat(response.getBody().get("type").asText()).isEqualTo("urn:feedback:problem:" + slug);
    }
}
