package vn.hcmc.feedback.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.hcmc.feedback.report.process.CitizenReportProcess;

/**
 * What the officials do to a citizen's report and survey while the citizen's page is tested, through the staff API
 * as their systems would, and the process's due jobs executed by hand (the test profile has no job executor).
 */
class CitizenTestKit {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestRestTemplate rest;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final JdbcTemplate jdbc;

    CitizenTestKit(TestRestTemplate rest, RuntimeService runtimeService, ManagementService managementService,
                   JdbcTemplate jdbc) {
        this.rest = rest;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.jdbc = jdbc;
    }

    /** Executes the report's due jobs (triage, routing, mails, publication) until none is left. */
    void runDueJobs(String businessKey) {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .processDefinitionKey(CitizenReportProcess.PROCESS_ID).singleResult();
        assertThat(instance).as("process of %s", businessKey).isNotNull();
        runDueJobsOf(instance.getRootProcessInstanceId());
    }

    void runDueJobsOf(String rootProcessInstanceId) {
        for (int round = 0; round < 50; round++) {
            List<Job> due = managementService.createJobQuery().rootProcessInstanceId(rootProcessInstanceId)
                    .executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> managementService.executeJob(job.getId()));
        }
        throw new AssertionError("jobs of " + rootProcessInstanceId + " keep coming");
    }

    String status(String trackingCode) {
        return jdbc.queryForObject("select status from report where tracking_code = ?", String.class, trackingCode);
    }

    String unit(String trackingCode) {
        return jdbc.queryForObject("select unit_code from report where tracking_code = ?", String.class, trackingCode);
    }

    ResponseEntity<JsonNode> staff(String user, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        try {
            return rest.withBasicAuth(user, user).exchange(path, HttpMethod.POST,
                    new HttpEntity<>(JSON.writeValueAsString(body), headers), JsonNode.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The unit's official asks the citizen a question; the report waits for the answer. */
    void askForInformation(String trackingCode, String question) {
        var asked = staff("ben-thanh-staff", "/api/staff/reports/" + trackingCode + "/information-request",
                Map.of("question", question));
        assertThat(asked.getStatusCode().value()).as("%s", asked.getBody()).isEqualTo(204);
        runDueJobs(trackingCode);
        assertThat(status(trackingCode)).isEqualTo("AWAITING_INFORMATION");
    }

    /** The unit answers, its leader approves, the answer is published. */
    void answer(String trackingCode, String text) {
        HttpHeaders part = new HttpHeaders();
        part.setContentType(MediaType.APPLICATION_JSON);
        var parts = new org.springframework.util.LinkedMultiValueMap<String, Object>();
        parts.add("answer", new HttpEntity<>("{\"outcome\":\"resolved\",\"text\":" + quote(text) + "}", part));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        var proposed = rest.withBasicAuth("ben-thanh-staff", "ben-thanh-staff").exchange("/api/staff/reports/"
                + trackingCode + "/answer", HttpMethod.POST, new HttpEntity<>(parts, headers), JsonNode.class);
        assertThat(proposed.getStatusCode().value()).as("%s", proposed.getBody()).isEqualTo(201);
        var decided = staff("ben-thanh-leader", "/api/staff/reports/" + trackingCode + "/answer/decision",
                Map.of("approved", true));
        assertThat(decided.getStatusCode().value()).as("%s", decided.getBody()).isLessThan(300);
        runDueJobs(trackingCode);
        assertThat(status(trackingCode)).isEqualTo("ANSWERED");
    }

    /**
     * An identified survey open now with every question type: q1 single choice, q2 multiple choice shown only if
     * q1 = yes, q3 rating, q4 whole number 0–100, q5 free text.
     */
    long openSurvey(String title) {
        return openSurvey(title, "IDENTIFIED");
    }

    long openSurvey(String title, String anonymity) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        Map<String, Object> design = Map.of(
                "titleVi", title, "titleEn", "New bus route",
                "descriptionVi", "Tuyến xe buýt số 150 qua Phường Bến Thành",
                "descriptionEn", "Bus route 150 through Ben Thanh Ward",
                "opensAt", now.minusSeconds(60).toString(), "closesAt", now.plusSeconds(7 * 86400).toString(),
                "anonymity", anonymity,
                "questions", List.of(
                        Map.of("id", "q1", "type", "SINGLE_CHOICE", "textVi", "Bạn có đi xe buýt không?",
                                "textEn", "Do you ride the bus?", "required", true,
                                "choices", List.of(Map.of("id", "yes", "labelVi", "Có", "labelEn", "Yes"),
                                        Map.of("id", "no", "labelVi", "Không", "labelEn", "No"))),
                        Map.of("id", "q2", "type", "MULTIPLE_CHOICE", "textVi", "Bạn đi tuyến nào?",
                                "required", true, "minSelections", 1, "maxSelections", 2,
                                "choices", List.of(Map.of("id", "r1", "labelVi", "Tuyến 1"),
                                        Map.of("id", "r2", "labelVi", "Tuyến 2"),
                                        Map.of("id", "r3", "labelVi", "Tuyến 3")),
                                "showIf", Map.of("question", "q1", "equals", "yes")),
                        Map.of("id", "q3", "type", "RATING", "textVi", "Mức hài lòng", "required", true),
                        Map.of("id", "q4", "type", "NUMBER", "textVi", "Số chuyến mỗi tuần", "required", false,
                                "min", 0, "max", 100, "integer", true),
                        Map.of("id", "q5", "type", "FREE_TEXT", "textVi", "Góp ý khác", "required", false,
                                "maxLength", 200)));
        var created = staff("campaign-owner", "/api/staff/surveys", design);
        assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
        long id = created.getBody().get("id").asLong();
        var decided = staff("home-affairs-leader", "/api/staff/surveys/" + id + "/decision",
                Map.of("approved", true));
        assertThat(decided.getStatusCode().value()).as("%s", decided.getBody()).isEqualTo(200);
        runDueJobsOf(jdbc.queryForObject("select process_instance_id from survey where id = ?", String.class, id));
        assertThat(jdbc.queryForObject("select status from survey where id = ?", String.class, id))
                .isEqualTo("OPEN");
        return id;
    }

    private static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
