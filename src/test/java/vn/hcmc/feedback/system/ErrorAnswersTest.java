package vn.hcmc.feedback.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
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
import vn.hcmc.feedback.report.ReportClient;

/**
 * Bad input gets a clear 4xx problem detail and stores nothing, also where the container, the firewall or Camunda's
 * REST API answered first (issue 16, finding 7): no 500, no empty 413, no error page in place of a problem.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorAnswersTest {

    private static final String DESCRIPTION = "Rác thải sinh hoạt ùn ứ nhiều ngày ở đầu hẻm 12, bốc mùi hôi thối.";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;

    ReportClient client;

    @BeforeEach
    void setUp() {
        client = new ReportClient(rest, jdbc);
    }

    @Test
    void aPathTheFirewallRefusesIsA400Problem() throws Exception {
        // a raw request: client libraries tidy the path before sending it
        HttpResponse<String> doubleSlash = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(rest.getRootUri() + "//engine-rest/task")).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString("demo:demo".getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(doubleSlash.statusCode()).as(doubleSlash.body()).isEqualTo(400);
        assertThat(doubleSlash.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(doubleSlash.body()).contains("urn:feedback:problem:request-rejected");
    }

    @Test
    void methodsAndMediaTypesThePublicApiDoesNotTakeAreProblems() {
        assertProblem(rest.exchange("/api/reports", HttpMethod.DELETE, null, JsonNode.class), 405,
                "method-not-allowed");
        HttpHeaders text = new HttpHeaders();
        text.setContentType(MediaType.TEXT_PLAIN);
        assertProblem(rest.exchange("/api/reports", HttpMethod.POST, new HttpEntity<>(DESCRIPTION, text),
                JsonNode.class), 415, "unsupported-media-type");
    }

    @Test
    void aDeletedTaskOfAProcessIsAConflictNotA500() {
        String code = client.postJson(ReportClient.report(ReportClient.marker()), null).getBody()
                .get("trackingCode").asText();
        Task task = taskService.newTask();
        task.setName("Thử / test");
        taskService.saveTask(task);
        try {
            var standalone = rest.withBasicAuth("demo", "demo").exchange("/engine-rest/task/" + task.getId(),
                    HttpMethod.DELETE, null, String.class);
            assertThat(standalone.getStatusCode().value()).as("a task made by hand may go").isEqualTo(204);
        } finally {
            if (taskService.createTaskQuery().taskId(task.getId()).count() > 0) {
                taskService.deleteTask(task.getId(), true);
            }
        }
        for (int round = 0; round < 20 && taskService.createTaskQuery().processInstanceBusinessKey(code).count() == 0;
             round++) {
            managementService.createJobQuery().processInstanceId(runtimeService.createProcessInstanceQuery()
                    .processInstanceBusinessKey(code).processDefinitionKey("citizen-report").singleResult().getId())
                    .executable().list().forEach(job -> managementService.executeJob(job.getId()));
            runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code).list().forEach(instance ->
                    managementService.createJobQuery().processInstanceId(instance.getId()).executable().list()
                            .forEach(job -> managementService.executeJob(job.getId())));
        }
        Task processTask = taskService.createTaskQuery().processInstanceBusinessKey(code).list().get(0);
        assertProblem(rest.withBasicAuth("demo", "demo").exchange("/engine-rest/task/" + processTask.getId(),
                HttpMethod.DELETE, null, JsonNode.class), 409, "task-of-a-process");
        assertThat(taskService.createTaskQuery().taskId(processTask.getId()).count()).isEqualTo(1);
    }

    @Test
    void controlCharactersInTextAreRefused() {
        String marker = ReportClient.marker();
        ResponseEntity<JsonNode> nul = client.postRaw("{\"description\":\"Rác thải\\u0000 ùn ứ nhiều ngày ở đầu hẻm "
                + marker + "\",\"wardCode\":\"ben-thanh\"}");
        assertProblem(nul, 400, "malformed-request");
        assertThat(nul.getBody().get("detail").asText()).contains("control character");
        assertThat(client.reportsWith(marker)).isZero();
    }

    @Test
    void invisiblePaddingDoesNotMakeADescriptionLongEnough() {
        String marker = ReportClient.marker();
        ResponseEntity<JsonNode> padded = client.postJson(Map.of("description",
                "Rác\u200b\u200b\u200b\u200b\u200b\u200b\u200b\u200b\u2060\u2060\u00a0\u3000 ",
                "wardCode", "ben-thanh"), null);
        assertProblem(padded, 400, "description-too-short");
        assertThat(padded.getBody().get("detail").asText()).contains("visible");
    }

    @Test
    void multipartRequestsTheContainerRefusesAreProblemsAndStoreNothing() {
        long attachments = client.attachmentRows();
        String marker = ReportClient.marker();
        String report = "{\"description\":\"" + DESCRIPTION + " " + marker + "\",\"wardCode\":\"ben-thanh\"}";

        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10};
        ResponseEntity<JsonNode> nulName = multipart(report, List.of("a\u0000b.jpg"), jpeg);
        assertProblem(nulName, 400, "invalid-file-name");

        ResponseEntity<JsonNode> longName = multipart(report, List.of("a".repeat(5000) + ".jpg"), jpeg);
        assertThat(longName.getStatusCode().value()).as("%s", longName.getBody()).isIn(400, 413);
        assertThat(longName.getHeaders().getContentType().toString()).contains("application/problem+json");

        List<String> many = java.util.stream.IntStream.rangeClosed(1, 60).mapToObj(i -> "anh-" + i + ".jpg").toList();
        ResponseEntity<JsonNode> tooMany = multipart(report, many, jpeg);
        assertThat(tooMany.getStatusCode().value()).as("%s", tooMany.getBody()).isIn(400, 413);
        assertThat(tooMany.getHeaders().getContentType().toString()).contains("application/problem+json");

        assertThat(client.reportsWith(marker)).isZero();
        assertThat(client.attachmentRows()).isEqualTo(attachments);
    }

    /** A multipart body written byte by byte, so that a file name can hold what a client library would escape. */
    private ResponseEntity<JsonNode> multipart(String reportJson, List<String> fileNames, byte[] content) {
        String boundary = "----feedback-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"report\"\r\n"
                + "Content-Type: application/json\r\n\r\n" + reportJson + "\r\n");
        for (String name : fileNames) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"photos\"; filename=\"" + name
                    + "\"\r\nContent-Type: image/jpeg\r\n\r\n");
            body.writeBytes(content);
            write(body, "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("multipart/form-data; boundary=" + boundary));
        return rest.exchange("/api/reports", HttpMethod.POST, new HttpEntity<>(body.toByteArray(), headers),
                JsonNode.class);
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertProblem(ResponseEntity<JsonNode> response, int status, String slug) {
        assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isNotNull();
        assertThat(response.getHeaders().getContentType().toString()).contains("application/problem+json");
        assertThat(response.getBody().get("type").asText()).isEqualTo("urn:feedback:problem:" + slug);
    }
}
