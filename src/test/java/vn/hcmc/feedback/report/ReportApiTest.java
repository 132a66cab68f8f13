package vn.hcmc.feedback.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.hcmc.feedback.attachment.PhotoLocation;
import vn.hcmc.feedback.attachment.SampleFiles;
import vn.hcmc.feedback.report.process.CitizenReportProcess;

/** POST /api/reports and GET /api/reports/{trackingCode}: success, every error cause (nothing stored), idempotency. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    ManagementService managementService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    org.camunda.bpm.engine.TaskService taskService;

    ReportClient client;
    String marker;

    @BeforeEach
    void setUp() {
        client = new ReportClient(rest, jdbc);
        marker = ReportClient.marker();
    }

    @Test
    void aReportIsStoredWithItsProcessAndTriageWaitsAsynchronously() {
        ResponseEntity<JsonNode> response = client.postJson(ReportClient.report(marker), null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode body = response.getBody();
        String code = body.get("trackingCode").asText();
        assertThat(code).matches("PA-\\d{2}-[2-9A-HJKMNP-Z]{6}");
        assertThat(response.getHeaders().getLocation()).hasToString("/api/reports/" + code);
        assertThat(response.getHeaders().getContentLength()).as("sent in one piece (ContentLengthFilter)")
                .isEqualTo(body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        assertThat(response.getHeaders()).doesNotContainKey(HttpHeaders.TRANSFER_ENCODING);
        assertThat(body.get("status").asText()).isEqualTo("RECEIVED");
        assertThat(body.get("receivedAt").asText()).isNotBlank();
        String token = body.get("accessToken").asText();
        assertThat(token).hasSizeGreaterThanOrEqualTo(40);
        assertThat(jdbc.queryForObject("select access_token_hash from report where tracking_code = ?", String.class,
                code)).isNotEqualTo(token).isEqualTo(AccessTokens.hash(token));

        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code)
                .singleResult();
        assertThat(instance.getProcessDefinitionId()).startsWith("citizen-report:");
        assertThat(runtimeService.getVariables(instance.getId())).as("the request writes no variable").isEmpty();
        var triage = managementService.createJobQuery().processInstanceId(instance.getId())
                .activityId(CitizenReportProcess.START).singleResult();
        assertThat(triage).as("triage runs after the commit").isNotNull();
        managementService.executeJob(triage.getId());
        assertThat(runtimeService.getVariables(instance.getId())).as("the first job sets the identifiers")
                .containsEntry("trackingCode", code).containsEntry("reportId", client.reportId(code));
        assertThat(jdbc.queryForList("select e.event from report_event e join report r on r.id = e.report_id"
                + " where r.tracking_code = ? and e.occurred_at = r.received_at order by e.id", String.class, code))
                .as("the history starts with the receipt, at the instant of receipt").startsWith("received");
    }

    @Test
    void aReportFromAnyOfThe168UnitsReachesThatUnitsTasklist() {
        Map<String, Object> named = ReportClient.report(marker);
        named.remove("wardCode");
        named.put("address", "Hẻm 41 Huỳnh Tấn Phát, P. Tân Hưng (Q.7 cũ)");
        Map<String, Object> placed = ReportClient.report(marker);
        placed.remove("wardCode");
        placed.remove("address");
        placed.put("location", Map.of("lat", 10.4053, "lon", 106.9551)); // Cần Giờ beach, Xã Cần Giờ
        Map<String, Object> inText = ReportClient.report(marker);
        inText.remove("wardCode");
        inText.remove("address");
        inText.put("description", "Rac thai sinh hoat un u nhieu ngay o dau ap 3 xa Binh Khanh, chua duoc thu gom. "
                + marker);
        for (var expected : List.of(Map.entry(named, "tan-hung"), Map.entry(placed, "can-gio"),
                Map.entry(inText, "binh-khanh"))) {
            String code = client.postJson(expected.getKey(), null).getBody().get("trackingCode").asText();
            ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code)
                    .singleResult();
            managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId())
                    .activityId(CitizenReportProcess.START).singleResult().getId());
            assertThat(jdbc.queryForObject("select unit_code from report where tracking_code = ?", String.class,
                    code)).as(expected.getValue()).isEqualTo(expected.getValue());
            assertThat(taskService.createTaskQuery().processInstanceBusinessKey(code)
                    .taskCandidateGroup("unit-" + expected.getValue()).count()).as(expected.getValue()).isEqualTo(1);
        }
    }

    @Test
    void publicViewShowsNoPersonalDataAndThePrivateViewNeedsTheToken() {
        JsonNode created = client.postJson(ReportClient.report(marker), null).getBody();
        String code = created.get("trackingCode").asText();

        ResponseEntity<JsonNode> publicView = client.get(code, null);
        assertThat(publicView.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(publicView.getBody().get("status").asText()).isEqualTo("RECEIVED");
        assertThat(publicView.getBody().toString()).doesNotContain(marker).doesNotContain("Nguyễn")
                .doesNotContain("0901234567").doesNotContain("Lê Lợi");

        JsonNode privateView = client.get(code, created.get("accessToken").asText()).getBody();
        assertThat(privateView.get("description").asText()).contains(marker);
        assertThat(privateView.get("reporter").get("email").asText()).isEqualTo(marker + "@example.vn");
        assertThat(privateView.get("wardCode").asText()).isEqualTo("ben-thanh");

        ResponseEntity<JsonNode> wrongToken = client.get(code, "not-the-token");
        assertThat(wrongToken.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(type(wrongToken)).isEqualTo("urn:feedback:problem:invalid-report-token");
        assertThat(client.get("PA-26-ZZZZZZ", null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aPrivateReportIsNotFoundWithoutItsToken() {
        Map<String, Object> body = ReportClient.report(marker);
        body.put("publicVisible", false);
        JsonNode created = client.postJson(body, null).getBody();
        String code = created.get("trackingCode").asText();

        ResponseEntity<JsonNode> anonymous = client.get(code, null);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(type(anonymous)).isEqualTo("urn:feedback:problem:report-not-found");
        assertThat(client.get(code, "wrong").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<JsonNode> withToken = client.get(code, created.get("accessToken").asText());
        assertThat(withToken.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(withToken.getBody().get("publicVisible").asBoolean()).isFalse();
    }

    @Test
    void anonymousReportHasNoReporter() {
        Map<String, Object> body = ReportClient.report(marker);
        body.remove("reporter");
        JsonNode created = client.postJson(body, null).getBody();
        JsonNode view = client.get(created.get("trackingCode").asText(), created.get("accessToken").asText()).getBody();
        assertThat(view.has("reporter")).isFalse();
    }

    @Test
    void everyInvalidFieldHasItsOwnProblemTypeAndStoresNothing() {
        expectRefused(HttpStatus.BAD_REQUEST, "validation-failed", () -> {
            Map<String, Object> b = ReportClient.report(marker);
            b.remove("description");
            return client.postJson(b, null);
        });
        expectRefused(HttpStatus.BAD_REQUEST, "validation-failed", () -> {
            Map<String, Object> b = ReportClient.report(marker);
            b.put("description", "short " + marker.substring(0, 2));
            return client.postJson(b, null);
        });
        expectRefused(HttpStatus.BAD_REQUEST, "validation-failed", () -> {
            Map<String, Object> b = ReportClient.report(marker);
            b.put("title", "x".repeat(201));
            return client.postJson(b, null);
        });
        expectRefused(HttpStatus.BAD_REQUEST, "validation-failed", () -> {
            Map<String, Object> b = ReportClient.report(marker);
            b.put("location", Map.of("lat", 100.0, "lon", 106.7));
            return client.postJson(b, null);
        });
        expectRefused(HttpStatus.BAD_REQUEST, "validation-failed", () -> {
            Map<String, Object> b = ReportClient.report(marker);
            b.put("reporter", Map.of("email", "not-an-email"));
            return client.postJson(b, null);
        });
        expectRefused(HttpStatus.BAD_REQUEST, "unknown-category", () -> {
            Map<String, Object> b = ReportClient.report(marker);
            b.put("category", "potholes");
            return client.postJson(b, null);
        });
        expectRefused(HttpStatus.BAD_REQUEST, "unknown-ward", () -> {
            Map<String, Object> b = ReportClient.report(marker);
            b.put("wardCode", "quan-1");
            return client.postJson(b, null);
        });
        expectRefused(HttpStatus.BAD_REQUEST, "unknown-ward", () -> {
            Map<String, Object> b = ReportClient.report(marker);
            b.put("wardCode", "sawaco");
            return client.postJson(b, null);
        });
        expectRefused(HttpStatus.BAD_REQUEST, "unsupported-language", () -> {
            Map<String, Object> b = ReportClient.report(marker);
            b.put("language", "fr");
            return client.postJson(b, null);
        });
        expectRefused(HttpStatus.BAD_REQUEST, "description-too-short", () -> {
            Map<String, Object> b = ReportClient.report(marker);
            b.put("description", marker.substring(0, 3) + "          ");
            return client.postJson(b, null);
        });
        expectRefused(HttpStatus.BAD_REQUEST, "malformed-request",
                () -> client.postRaw("{\"description\": \"" + marker + " và thiếu ngoặc\""));
        expectRefused(HttpStatus.BAD_REQUEST, "invalid-idempotency-key",
                () -> client.postJson(ReportClient.report(marker), "k".repeat(201)));
        expectRefused(HttpStatus.BAD_REQUEST, "missing-report-part",
                () -> client.postMultipart(null, List.of(png()), null));
    }

    @Test
    void attachmentErrorsStoreNothing() {
        expectRefused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-attachment-type",
                () -> client.postMultipart(ReportClient.report(marker), List.of(png(),
                        new ReportClient.File("photo.jpg", "image/jpeg", SampleFiles.elfExecutable())), null));
        expectRefused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-attachment-type",
                () -> client.postMultipart(ReportClient.report(marker), List.of(
                        new ReportClient.File("setup.jpg", "image/jpeg", SampleFiles.windowsExecutable())), null));
        expectRefused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-attachment-type",
                () -> client.postMultipart(ReportClient.report(marker), List.of(
                        new ReportClient.File("page.pdf", "application/pdf", SampleFiles.html())), null));
        expectRefused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-attachment-type",
                () -> client.postMultipart(ReportClient.report(marker), List.of(
                        new ReportClient.File("bomb.jpg", "image/jpeg", SampleFiles.zipBomb(100))), null));
        expectRefused(HttpStatus.BAD_REQUEST, "too-many-attachments",
                () -> client.postMultipart(ReportClient.report(marker),
                        List.of(png(), png(), png(), png(), png(), png()), null));
        byte[] elevenMegabytes = new byte[11 * 1024 * 1024];
        byte[] jpeg = SampleFiles.jpegWithGps(10.7, 106.7);
        System.arraycopy(jpeg, 0, elevenMegabytes, 0, jpeg.length);
        expectRefused(HttpStatus.PAYLOAD_TOO_LARGE, "attachment-too-large",
                () -> client.postMultipart(ReportClient.report(marker),
                        List.of(new ReportClient.File("big.jpg", "image/jpeg", elevenMegabytes)), null));
    }

    @Test
    void aRequestAboveThirtyMegabytesIsRefused() {
        byte[] nine = new byte[9 * 1024 * 1024];
        byte[] jpeg = SampleFiles.jpegWithGps(10.7, 106.7);
        System.arraycopy(jpeg, 0, nine, 0, jpeg.length);
        ReportClient.File file = new ReportClient.File("p.jpg", "image/jpeg", nine);
        expectRefused(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large",
                () -> client.postMultipart(ReportClient.report(marker), List.of(file, file, file, file), null));
    }

    @Test
    void photoGpsBecomesTheLocationAndOnlyTheCleanCopyIsPublic() {
        Map<String, Object> body = ReportClient.report(marker);
        byte[] photo = SampleFiles.pngWithGps(10.7721, 106.6983);
        ResponseEntity<JsonNode> response = client.postMultipart(body, List.of(
                new ReportClient.File("IMG_0001.jpg", "image/jpeg", photo),
                new ReportClient.File("don.pdf", "application/pdf",
                        SampleFiles.pdf("Rac thai un u o dau hem 12 Le Loi " + marker))), null);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String code = response.getBody().get("trackingCode").asText();
        String token = response.getBody().get("accessToken").asText();

        JsonNode view = client.get(code, token).getBody();
        assertThat(view.get("location").get("lat").asDouble()).isBetween(10.7720, 10.7722);
        assertThat(view.get("location").get("lon").asDouble()).isBetween(106.6982, 106.6984);
        assertThat(view.get("location").get("source").asText()).isEqualTo("PHOTO");
        JsonNode files = view.get("attachments");
        assertThat(files).hasSize(2);
        assertThat(files.get(0).get("mediaType").asText()).as("detected, not declared").isEqualTo("image/png");
        assertThat(files.get(1).get("mediaType").asText()).isEqualTo("application/pdf");
        assertThat(files.get(1).has("publicUrl")).as("documents are never public").isFalse();

        ResponseEntity<byte[]> copy = rest.getForEntity(files.get(0).get("publicUrl").asText(), byte[].class);
        assertThat(copy.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(new PhotoLocation().of(copy.getBody())).isEmpty();
        assertThat(new String(copy.getBody(), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("SERIAL-CAM");

        JsonNode staff = client.staffGet("triage", code).getBody();
        assertThat(staff.get("triage").get("attachmentText").asText()).contains(marker);
        ResponseEntity<byte[]> original = rest.withBasicAuth("triage", "triage")
                .getForEntity(staff.get("attachments").get(0).get("url").asText(), byte[].class);
        assertThat(original.getBody()).isEqualTo(photo);
        assertThat(rest.getForEntity("/api/staff/reports/" + code + "/attachments/"
                + files.get(0).get("id").asText(), byte[].class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theCitizensLocationWinsOverThePhotos() {
        Map<String, Object> body = ReportClient.report(marker);
        body.put("location", Map.of("lat", 10.78, "lon", 106.69));
        ResponseEntity<JsonNode> response = client.postMultipart(body,
                List.of(new ReportClient.File("a.png", "image/png", SampleFiles.pngWithGps(10.5, 106.5))), null);
        JsonNode view = client.get(response.getBody().get("trackingCode").asText(),
                response.getBody().get("accessToken").asText()).getBody();
        assertThat(view.get("location").get("lat").asDouble()).isEqualTo(10.78);
        assertThat(view.get("location").get("source").asText()).isEqualTo("CITIZEN");
    }

    @Test
    void theSameIdempotencyKeyAndBodyGiveTheSameAnswerAndStoreNothingNew() {
        String key = "key-" + marker;
        Map<String, Object> body = ReportClient.report(marker);
        ResponseEntity<JsonNode> first = client.postJson(body, key);
        ResponseEntity<JsonNode> again = client.postJson(new HashMap<>(body), key);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(again.getBody()).isEqualTo(first.getBody());
        assertThat(again.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
        assertThat(again.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        String code = first.getBody().get("trackingCode").asText();
        assertThat(client.reportsWith(marker)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from report where idempotency_key = ?", Long.class, key))
                .isEqualTo(1);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code).count()).isEqualTo(1);
        assertThat(client.get(code, again.getBody().get("accessToken").asText()).getStatusCode())
                .as("the replayed token opens the private view").isEqualTo(HttpStatus.OK);

        Map<String, Object> changed = new HashMap<>(body);
        changed.put("title", "Another title " + marker);
        ResponseEntity<JsonNode> conflict = client.postJson(changed, key);
        assertThat(conflict.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(type(conflict)).isEqualTo("urn:feedback:problem:idempotency-key-reused");
        assertThat(client.reportsWith(marker)).isEqualTo(1);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code).count()).isEqualTo(1);
    }

    @Test
    void idempotentMultipartRetriesStoreTheFilesOnce() {
        String key = "files-" + marker;
        List<ReportClient.File> files = List.of(png());
        long attachmentsBefore = client.attachmentRows();
        ResponseEntity<JsonNode> first = client.postMultipart(ReportClient.report(marker), files, key);
        ResponseEntity<JsonNode> again = client.postMultipart(ReportClient.report(marker), files, key);
        assertThat(again.getBody()).isEqualTo(first.getBody());
        assertThat(client.attachmentRows() - attachmentsBefore).isEqualTo(2);
        ResponseEntity<JsonNode> otherFile = client.postMultipart(ReportClient.report(marker), List.of(
                new ReportClient.File("b.png", "image/png", SampleFiles.pngWithGps(10.8, 106.7))), key);
        assertThat(otherFile.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(client.reportsWith(marker)).isEqualTo(1);
    }

    @Test
    void storingTheReportAndStartingItsProcessIsOneTransaction() {
        repositoryService.suspendProcessDefinitionByKey("citizen-report");
        try {
            expectRefused(HttpStatus.SERVICE_UNAVAILABLE, "intake-unavailable",
                    () -> client.postMultipart(ReportClient.report(marker), List.of(png()), "tx-" + marker));
        } finally {
            repositoryService.activateProcessDefinitionByKey("citizen-report");
        }
        assertThat(jdbc.queryForObject("select count(*) from report where idempotency_key = ?", Long.class,
                "tx-" + marker)).isZero();
        ResponseEntity<JsonNode> retry = client.postMultipart(ReportClient.report(marker), List.of(png()), "tx-" + marker);
        assertThat(retry.getStatusCode()).as("the retry after the outage is taken in").isEqualTo(HttpStatus.CREATED);
        assertThat(client.reportsWith(marker)).isEqualTo(1);
    }

    @Test
    void aContactSendingTooManyReportsInAnHourIsFlaggedByTriage() {
        String email = "flood-" + marker + "@example.vn";
        for (int i = 0; i < 6; i++) {
            Map<String, Object> body = ReportClient.report(marker + i);
            body.put("reporter", Map.of("email", i % 2 == 0 ? email.toUpperCase() : email));
            String code = client.postJson(body, null).getBody().get("trackingCode").asText();
            ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code)
                    .singleResult();
            managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId())
                    
                    .activityId(CitizenReportProcess.START).singleResult().getId());
            boolean flagged = jdbc.queryForObject("select contact_flood from report where tracking_code = ?",
                    Boolean.class, code);
            assertThat(flagged).as("report %d of the hour", i + 1).isEqualTo(i >= 5);
        }
    }

    @Test
    void staffViewIsForTheTriageDeskAndTheUnit() {
        String code = client.postJson(ReportClient.report(marker), null).getBody().get("trackingCode").asText();
        ResponseEntity<JsonNode> triage = client.staffGet("triage", code);
        assertThat(triage.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(triage.getBody().get("reporter").get("phone").asText()).isEqualTo("0901234567");
        assertThat(client.staffGet("tan-dinh-staff", code).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.getForEntity("/api/staff/reports/" + code, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private void expectRefused(HttpStatus status, String slug, Supplier<ResponseEntity<JsonNode>> call) {
        long reports = client.reportsWith(marker);
        long attachments = client.attachmentRows();
        long instances = historyService.createHistoricProcessInstanceQuery().processDefinitionKey("citizen-report")
                .count();
        ResponseEntity<JsonNode> response = call.get();
        assertThat(response.getStatusCode()).as(slug + ": " + response.getBody()).isEqualTo(status);
        assertThat(type(response)).isEqualTo("urn:feedback:problem:" + slug);
        assertThat(client.reportsWith(marker)).as("no report stored").isEqualTo(reports);
        assertThat(client.attachmentRows()).as("no file stored").isEqualTo(attachments);
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("citizen-report").count())
                .as("no process started").isEqualTo(instances);
    }

    private static String type(ResponseEntity<JsonNode> response) {
        return response.getBody() == null || response.getBody().get("type") == null ? null
                : response.getBody().get("type").asText();
    }

    private static ReportClient.File png() {
        return new ReportClient.File("p.png", "image/png", SampleFiles.png());
    }
}
