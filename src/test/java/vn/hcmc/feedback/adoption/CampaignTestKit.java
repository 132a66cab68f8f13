package vn.hcmc.feedback.adoption;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Drives campaigns in tests: the engine clock, the campaign's own jobs, and staff API calls. */
class CampaignTestKit {

    static final Duration WEEK = Duration.ofDays(7);
    static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    final TestRestTemplate rest;
    final ManagementService managementService;
    final TaskService taskService;
    final Instant t0 = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    final List<Long> createdCampaigns = new java.util.ArrayList<>();

    CampaignTestKit(TestRestTemplate rest, ManagementService managementService, TaskService taskService) {
        this.rest = rest;
        this.managementService = managementService;
        this.taskService = taskService;
        at(Duration.ZERO);
    }

    /** Moves the engine clock to t0 + offset. */
    Instant at(Duration offset) {
        Instant when = t0.plus(offset);
        ClockUtil.setCurrentTime(Date.from(when));
        return when;
    }

    /** Executes the campaign's due jobs (and the jobs they create) until none is due; returns how many ran. */
    int runDueJobs(String processInstanceId) {
        int executed = 0;
        for (int round = 0; round < 10_000; round++) {
            List<Job> due = managementService.createJobQuery().processInstanceId(processInstanceId).executable()
                    .list();
            if (due.isEmpty()) {
                return executed;
            }
            managementService.executeJob(due.get(0).getId());
            executed++;
        }
        throw new AssertionError("jobs keep coming for " + processInstanceId);
    }

    Map<String, Object> newCampaign(String name, List<String> unitCodes, Duration untilDeadline, int commendCount) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("description", "Hãy trở thành công dân số: 100% cán bộ cài đặt ứng dụng");
        body.put("unitCodes", unitCodes);
        body.put("deadline", t0.plus(untilDeadline).toString());
        body.put("reportingPeriod", "P7D");
        body.put("commendCount", commendCount);
        return body;
    }

    /** Creates a campaign as the campaign owner; returns its id and process instance. */
    Created create(Map<String, Object> body) {
        ResponseEntity<Map<String, Object>> created = post("campaign-owner", "/api/staff/campaigns", body);
        assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
        Long id = ((Number) created.getBody().get("id")).longValue();
        createdCampaigns.add(id);
        return new Created(id);
    }

    record Created(Long id) {
    }

    /**
     * Resets the clock and ends the test's campaigns that are still running, so that no other test that moves the
     * clock and runs every due job meets their timers and mails.
     */
    void cleanUp(org.camunda.bpm.engine.RuntimeService runtimeService) {
        ClockUtil.reset();
        for (String businessKey : createdCampaigns.stream().map(AdoptionProcess::businessKey).toList()) {
            runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list()
                    .forEach(pi -> runtimeService.deleteProcessInstance(pi.getId(), "test over", true, true));
        }
    }

    ResponseEntity<Map<String, Object>> report(String user, Long campaignId, String unitCode, int headcount,
                                               int installed, long residents, String note) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("unitCode", unitCode);
        body.put("headcount", headcount);
        body.put("staffInstalled", installed);
        body.put("residentsReached", residents);
        body.put("note", note);
        return post(user, "/api/staff/campaigns/" + campaignId + "/reports", body);
    }

    ResponseEntity<Map<String, Object>> propose(String user, Long campaignId, List<String> unitCodes) {
        return post(user, "/api/staff/campaigns/" + campaignId + "/proposal", Map.of("unitCodes", unitCodes));
    }

    ResponseEntity<Map<String, Object>> decide(String user, Long campaignId, boolean approved, String comment) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("approved", approved);
        body.put("comment", comment);
        return post(user, "/api/staff/campaigns/" + campaignId + "/approval", body);
    }

    ResponseEntity<Map<String, Object>> post(String user, String path, Object body) {
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        String text;
        try {
            text = JSON.writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
        // A string body goes out with a Content-Length, which the API requires.
        return rest.withBasicAuth(user, user).exchange(path, HttpMethod.POST, new HttpEntity<>(text, json),
                new ParameterizedTypeReference<>() { });
    }

    ResponseEntity<Map<String, Object>> get(String user, String path) {
        return (user == null ? rest : rest.withBasicAuth(user, user)).exchange(path, HttpMethod.GET, null,
                new ParameterizedTypeReference<>() { });
    }

    List<Task> reportTasks(String processInstanceId) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(AdoptionProcess.REPORT_PROGRESS).list();
    }

    Task reportTask(String processInstanceId, String unitCode) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(AdoptionProcess.REPORT_PROGRESS)
                .taskCandidateGroup("unit-" + unitCode + "-leaders").includeAssignedTasks().singleResult();
    }
}
