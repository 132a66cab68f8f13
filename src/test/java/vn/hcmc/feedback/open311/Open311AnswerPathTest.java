package vn.hcmc.feedback.open311;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.hcmc.feedback.report.ReportClient;

/**
 * The whole path of a report that arrives through Open311: the intake's process triages and routes it to the ward,
 * the ward's official answers, the leader approves, the answer is published, and the Open311 reads show it:
 * closed with the answer as status_notes, the ward as agency, the redacted text as description, and the steps in
 * servicerequestupdates with mySociety's extended statuses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "feedback.open311.media.allow-private-addresses=true",
        "feedback.open311.media.max-size=64KB",
        "feedback.open311.media.timeout=2s"})
class Open311AnswerPathTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;

    @Test
    void anOpen311ReportIsHandledAnsweredAndItsAnswerReadThroughOpen311() {
        ReportClient reports = new ReportClient(rest, jdbc);
        Open311Client open311 = new Open311Client(reports.rest());
        String apiKey = reports.rest().withBasicAuth("demo", "demo").postForEntity("/api/staff/open311/clients",
                Map.of("name", "path test " + ReportClient.marker()), JsonNode.class).getBody().get("apiKey").asText();
        assertThat(reports.rest().getForEntity("/api/units/at?lat=10.7725&lon=106.698", JsonNode.class).getBody()
                .get("code").asText()).as("the form's place is in Phường Bến Thành").isEqualTo("ben-thanh");

        String marker = ReportClient.marker();
        Map<String, String> form = Open311Client.form(apiKey, marker);
        form.put("description", "Rác thải sinh hoạt ùn ứ nhiều ngày ở đầu hẻm, xe thu gom không đến, bốc mùi hôi. "
                + "Liên hệ tôi: 0912345678. " + marker);
        String code = open311.json(open311.post("requests.json", form)).get(0).get("service_request_id").asText();

        runDueJobs(code);
        assertThat(jdbc.queryForObject("select status from report where tracking_code = ?", String.class, code))
                .as("triaged and routed by the intake's process").isEqualTo("ASSIGNED");
        JsonNode handled = open311.json(open311.get("requests/" + code + ".json")).get(0);
        assertThat(handled.get("status").asText()).isEqualTo("open");
        assertThat(handled.get("service_code").asText()).isEqualTo("garbage");
        assertThat(handled.get("service_name").asText()).isEqualTo("Rác thải, vệ sinh môi trường");
        assertThat(handled.get("agency_responsible").asText()).isEqualTo("Phường Bến Thành");
        assertThat(handled.get("address").asText()).isEqualTo("Phường Bến Thành");
        assertThat(handled.get("expected_datetime").asText()).as("the answer deadline").endsWith("+07:00");

        String answer = "Đã thu gom rác tại đầu hẻm và nhắc nhở đơn vị thu gom. Liên hệ 0912345678.";
        assertThat(propose(reports.rest(), code, answer).getStatusCode().value()).isEqualTo(201);
        assertThat(open311.json(open311.get("requests/" + code + ".json")).get(0).get("status_notes").asText())
                .contains("duyệt");
        Map<String, Object> decision = new HashMap<>();
        decision.put("approved", true);
        assertThat(reports.rest().withBasicAuth("ben-thanh-leader", "ben-thanh-leader").postForEntity(
                "/api/staff/reports/" + code + "/answer/decision", decision, JsonNode.class).getStatusCode().value())
                .isEqualTo(200);
        runDueJobs(code);

        JsonNode answered = open311.json(open311.get("requests/" + code + ".json")).get(0);
        assertThat(answered.get("status").asText()).isEqualTo("closed");
        assertThat(answered.get("status_notes").asText()).startsWith("Đã thu gom rác tại đầu hẻm")
                .doesNotContain("0912345678");
        assertThat(answered.get("description").asText()).as("the redacted report text").contains("Rác thải sinh hoạt")
                .doesNotContain("0912345678");
        assertThat(answered.has("expected_datetime")).isFalse();
        ResponseEntity<String> list = open311.get("requests.json?status=closed&service_code=garbage&page_size=200");
        assertThat(IntStreamFind.codes(open311.json(list))).contains(code);
        ResponseEntity<String> xml = open311.get("requests.xml?service_request_id=" + code);
        assertThat(Open311Client.xpath(xml, "/service_requests/request/status")).isEqualTo("closed");
        assertThat(Open311Client.xpath(xml, "/service_requests/request/status_notes"))
                .startsWith("Đã thu gom rác tại đầu hẻm");
        for (ResponseEntity<String> read : List.of(list, xml, open311.get("servicerequestupdates.json"))) {
            assertThat(read.getBody()).doesNotContain("0912345678", "0901234567", "Nguyễn", "Lê Lợi", marker + "@");
        }

        List<String> statuses = new ArrayList<>();
        String published = null;
        for (JsonNode update : open311.json(open311.get("servicerequestupdates.json?page_size=200"))) {
            if (update.get("service_request_id").asText().equals(code)) {
                statuses.add(update.get("status").asText());
                if (update.get("status").asText().equals("fixed")) {
                    published = update.get("description").asText();
                }
            }
        }
        assertThat(statuses).containsSubsequence("open", "in_progress", "fixed");
        assertThat(published).startsWith("Đã thu gom rác tại đầu hẻm");
        ResponseEntity<String> updatesXml = open311.get("servicerequestupdates.xml?page_size=200");
        assertThat(Open311Client.count(updatesXml, "/service_request_updates/request_update[service_request_id='"
                + code + "']")).isEqualTo(statuses.size());
    }

    ResponseEntity<JsonNode> propose(TestRestTemplate rest, String code, String text) {
        org.springframework.util.LinkedMultiValueMap<String, Object> parts = new org.springframework.util
                .LinkedMultiValueMap<>();
        HttpHeaders jsonPart = new HttpHeaders();
        jsonPart.setContentType(MediaType.APPLICATION_JSON);
        parts.add("answer", new HttpEntity<>("{\"outcome\":\"resolved\",\"text\":\"" + text + "\"}", jsonPart));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.withBasicAuth("ben-thanh-staff", "ben-thanh-staff").postForEntity(
                "/api/staff/reports/" + code + "/answer", new HttpEntity<>(parts, headers), JsonNode.class);
    }

    /**
     * Runs the due jobs of the report's process and of the processes it called, as the job executor would, until
     * none is due (timers in the future, e.g. deadlines, stay). Mail deliveries are other processes and stay queued.
     */
    void runDueJobs(String code) {
        for (int round = 0; round < 50; round++) {
            List<String> instances = new ArrayList<>();
            runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code).list()
                    .forEach(p -> instances.add(p.getId()));
            for (int i = 0; i < instances.size(); i++) {
                for (ProcessInstance sub : runtimeService.createProcessInstanceQuery()
                        .superProcessInstanceId(instances.get(i)).list()) {
                    if (!instances.contains(sub.getId())) {
                        instances.add(sub.getId());
                    }
                }
            }
            List<Job> due = new ArrayList<>();
            for (String instance : instances) {
                due.addAll(managementService.createJobQuery().processInstanceId(instance).executable().list());
            }
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> managementService.executeJob(job.getId()));
        }
        throw new AssertionError("the jobs of " + code + " do not come to rest");
    }

    static final class IntStreamFind {
        static List<String> codes(JsonNode array) {
            List<String> codes = new ArrayList<>();
            array.forEach(r -> codes.add(r.get("service_request_id").asText()));
            return codes;
        }
    }
}
