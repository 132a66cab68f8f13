package vn.hcmc.feedback.handling;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import vn.hcmc.feedback.attachment.SampleFiles;
import vn.hcmc.feedback.notification.MailNotifier;
import vn.hcmc.feedback.notification.process.MailWorker;
import vn.hcmc.feedback.report.process.ReportHandlingProcess;
import vn.hcmc.feedback.support.MailDeliveries;
import vn.hcmc.feedback.support.ReportProcess;
import vn.hcmc.feedback.support.WebappSession;

/**
 * What an official does from Tasklist alone (issue 18), through the same doors the browser uses: the report's tab
 * next to the form, evidence photos added there and taken by the answer the form sends, refusals of a form's
 * decision shown in the official's words as a 400 (not Camunda's ENGINE-03051 wrapping), and the operators who
 * retry a failed job while managers cannot.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TasklistWorkTest {

    private static final String ENGINE_API = "/camunda/api/engine/engine/default";

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MailNotifier mailNotifier;
    @Autowired
    MailWorker mailWorker;

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
    void theReportTabShowsTheTasksReportToThoseWhoMayReadIt() {
        HandlingTestSupport.Sent sent = support.send("2026-03-09T10:00:00+07:00");
        Task handle = support.task(support.instance(sent.trackingCode()), ReportHandlingProcess.TASK_HANDLE_REPORT);
        String tab = "/staff/tasks/" + handle.getId() + "/case";

        ResponseEntity<String> own = followed(WebappSession.tasklist(rest, "ben-thanh-staff", "ben-thanh-staff"), tab);
        assertThat(own.getStatusCode().value()).as(own.getBody()).isEqualTo(200);
        assertThat(own.getBody()).contains("Rác thải sinh hoạt ùn ứ nhiều ngày", sent.trackingCode(),
                "Minh chứng cho trả lời / Evidence for the answer", "class=\"bar in-tasklist\"");
        assertThat(own.getHeaders().getFirst("X-Frame-Options")).isEqualTo("SAMEORIGIN");

        ResponseEntity<String> other = WebappSession.tasklist(rest, "phu-loi-staff", "phu-loi-staff").get(tab);
        assertThat(other.getStatusCode().value()).as("another ward's task is no task of theirs").isEqualTo(404);
        assertThat(other.getBody()).doesNotContain("Rác thải", sent.email(), sent.trackingCode());
        assertThat(other.getHeaders().getLocation()).as("no redirect that names the report").isNull();

        ResponseEntity<String> noTask = WebappSession.tasklist(rest, "ben-thanh-staff", "ben-thanh-staff")
                .get("/staff/tasks/no-such-task/case");
        assertThat(noTask.getStatusCode().value()).isEqualTo(404);
        assertThat(noTask.getBody()).contains("Không có việc này");
    }

    @Test
    void evidenceAddedInTheReportTabGoesWithTheAnswerTheFormSends() {
        HandlingTestSupport.Sent sent = support.send("2026-03-09T10:00:00+07:00");
        jdbc.update("update report set category = 'street_lighting' where id = ?", sent.reportId());
        ReportProcess instance = support.instance(sent.trackingCode());
        Task handle = support.task(instance, ReportHandlingProcess.TASK_HANDLE_REPORT);
        WebappSession official = WebappSession.tasklist(rest, "ben-thanh-staff", "ben-thanh-staff");
        Map<String, Object> answer = Map.of(
                "handlingAction", Map.of("value", "answer", "type", "String"),
                "answerOutcome", Map.of("value", "resolved", "type", "String"),
                "answerText", Map.of("value", "Đã thay bóng đèn đường.", "type", "String"));

        // without a photo the form's "resolved" is refused, in words, with a 400 and nothing stored
        ResponseEntity<JsonNode> refused = official.post(ENGINE_API + "/task/" + handle.getId() + "/submit-form",
                Map.of("variables", answer));
        assertThat(refused.getStatusCode().value()).as(String.valueOf(refused.getBody())).isEqualTo(400);
        assertThat(refused.getBody().get("message").asText())
                .contains("cần ít nhất một ảnh minh chứng", "needs at least one photo")
                .doesNotContain("ENGINE-03051", "TaskListener");
        ReportProcess.assertThat(instance).isWaitingAt(ReportHandlingProcess.TASK_HANDLE_REPORT);

        String tab = "/staff/reports/" + sent.trackingCode() + "?taskId=" + handle.getId();
        String page = official.get(tab).getBody();
        String upload = "/staff/reports/" + sent.trackingCode() + "/evidence";

        // a form without the page's CSRF token is refused
        LinkedMultiValueMap<String, Object> forged = form(null, handle.getId(), "den.png", SampleFiles.png());
        assertThat(official.postMultipart(upload, forged).getStatusCode().value()).isEqualTo(403);
        // another ward's official, with a good token from a report of their own, may not add evidence
        HandlingTestSupport.Sent theirs = support.send(HandlingTestSupport.GARBAGE, "phu-loi",
                "2026-03-09T10:00:00+07:00");
        WebappSession other = WebappSession.tasklist(rest, "phu-loi-staff", "phu-loi-staff");
        String otherToken = WebappSession.csrfToken(other.get("/staff/reports/" + theirs.trackingCode()).getBody());
        assertThat(other.postMultipart(upload, form(otherToken, null, "den.png", SampleFiles.png()))
                .getStatusCode().value()).isEqualTo(403);
        // a file that is not allowed is refused next to the field
        ResponseEntity<String> exe = official.postMultipart(upload,
                form(WebappSession.csrfToken(page), handle.getId(), "den.png", SampleFiles.windowsExecutable()));
        assertThat(exe.getStatusCode().value()).isBetween(400, 499);
        assertThat(exe.getBody()).contains("id=\"evidence-error\"");
        assertThat(pending(sent.reportId())).isZero();

        ResponseEntity<String> added = official.postMultipart(upload,
                form(WebappSession.csrfToken(page), handle.getId(), "den-da-sang.png", SampleFiles.png()));
        assertThat(added.getStatusCode().value()).as(added.getBody()).isEqualTo(302);
        assertThat(added.getHeaders().getLocation().toString()).as("back to the tab's page").endsWith(tab + "#h-evidence");
        assertThat(official.get(tab).getBody()).contains("den-da-sang.png", "Bỏ / Remove");
        assertThat(support.events(sent.reportId())).contains("answer-evidence-added");

        ResponseEntity<JsonNode> sentForm = official.post(ENGINE_API + "/task/" + handle.getId() + "/submit-form",
                Map.of("variables", answer));
        assertThat(sentForm.getStatusCode().value()).as(String.valueOf(sentForm.getBody())).isEqualTo(204);
        ReportProcess.assertThat(instance).isWaitingAt(ReportHandlingProcess.TASK_APPROVE_ANSWER);
        assertThat(pending(sent.reportId())).as("the answer took the photo").isZero();
        assertThat(jdbc.queryForObject("select count(*) from answer_evidence e join answer_proposal p "
                + "on p.id = e.proposal_id where p.report_id = ? and e.file_name = 'den-da-sang.png'",
                Integer.class, sent.reportId())).isEqualTo(1);
    }

    @Test
    void aLeadersReturnWithoutACommentIsRefusedInWords() {
        HandlingTestSupport.Sent sent = support.send("2026-03-09T10:00:00+07:00");
        ReportProcess instance = support.instance(sent.trackingCode());
        support.complete(instance, ReportHandlingProcess.TASK_HANDLE_REPORT, "ben-thanh-staff", Map.of(
                "handlingAction", "answer", "answerOutcome", "resolved", "answerText", "Đã thu gom rác."));
        Task approve = support.task(instance, ReportHandlingProcess.TASK_APPROVE_ANSWER);
        WebappSession leader = WebappSession.tasklist(rest, "ben-thanh-leader", "ben-thanh-leader");

        ResponseEntity<JsonNode> refused = leader.post(ENGINE_API + "/task/" + approve.getId() + "/submit-form",
                Map.of("variables", Map.of("approved", Map.of("value", false, "type", "Boolean"))));

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody().get("message").asText())
                .contains("Trả lại cần ý kiến", "a returned answer needs a comment")
                .doesNotContain("ENGINE-03051");
        ReportProcess.assertThat(instance).isWaitingAt(ReportHandlingProcess.TASK_APPROVE_ANSWER);
    }

    @Test
    void operatorsRetryAFailedJobAndManagersCannot() {
        HandlingTestSupport.Sent sent = support.send("2026-03-09T10:00:00+07:00");
        Job job = support.job(support.instance(sent.trackingCode()), "TimerStart_Acceptance");
        processEngine.getManagementService().setJobRetries(job.getId(), 0);
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        HttpEntity<Map<String, Object>> retry = new HttpEntity<>(Map.of("retries", 1), json);

        ResponseEntity<String> byManager = rest.withBasicAuth("manager", "manager").exchange(
                "/engine-rest/job/" + job.getId() + "/retries", HttpMethod.PUT, retry, String.class);
        assertThat(byManager.getStatusCode().value()).as("managers stay read-only").isEqualTo(403);
        assertThat(retriesOf(job)).isZero();

        ResponseEntity<String> byOperator = rest.withBasicAuth("operator", "operator").exchange(
                "/engine-rest/job/" + job.getId() + "/retries", HttpMethod.PUT, retry, String.class);
        assertThat(byOperator.getStatusCode().value()).as(byOperator.getBody()).isEqualTo(204);
        assertThat(retriesOf(job)).isEqualTo(1);

        ResponseEntity<String> variable = rest.withBasicAuth("operator", "operator").exchange(
                "/engine-rest/process-instance/" + job.getProcessInstanceId() + "/variables/unitCode", HttpMethod.PUT,
                new HttpEntity<>(Map.of("value", "phu-loi", "type", "String"), json), String.class);
        assertThat(variable.getStatusCode().value()).as("operators change no case").isEqualTo(403);
    }

    @Test
    void operatorsRetryAMailDeliveryThatRanOutOfAttemptsAndManagersCannot() {
        String to = vn.hcmc.feedback.report.ReportClient.marker() + "@example.vn";
        assertThat(mailNotifier.enqueue("test:operator-retry:" + to, to, "Thử / test", "Thử / test")).isTrue();
        MailDeliveries deliveries = new MailDeliveries(mailWorker, processEngine.getExternalTaskService(), jdbc);
        long mail = deliveries.pending(to).get(0);
        deliveries.failUntilIncident(mail); // no SMTP server in this test
        String task = deliveries.task(mail).getId();
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        HttpEntity<Map<String, Object>> retry = new HttpEntity<>(Map.of("retries", 1), json);

        ResponseEntity<String> byManager = rest.withBasicAuth("manager", "manager").exchange(
                "/engine-rest/external-task/" + task + "/retries", HttpMethod.PUT, retry, String.class);
        assertThat(byManager.getStatusCode().value()).as("managers stay read-only").isEqualTo(403);
        assertThat(deliveries.task(mail).getRetries()).isZero();

        ResponseEntity<String> byOperator = rest.withBasicAuth("operator", "operator").exchange(
                "/engine-rest/external-task/" + task + "/retries", HttpMethod.PUT, retry, String.class);
        assertThat(byOperator.getStatusCode().value()).as(byOperator.getBody()).isEqualTo(204);
        assertThat(deliveries.task(mail).getRetries()).isEqualTo(1);
        assertThat(processEngine.getRuntimeService().createIncidentQuery().configuration(task).count())
                .as("the incident is resolved").isZero();
        assertThat(deliveries.attempt(mail).outcome()).as("fetched at once, and fails again without a server")
                .isEqualTo(MailWorker.Outcome.INCIDENT);

        ResponseEntity<String> complete = rest.withBasicAuth("operator", "operator").postForEntity(
                "/engine-rest/external-task/" + task + "/complete", new HttpEntity<>(Map.of("workerId", "x"), json),
                String.class);
        assertThat(complete.getStatusCode().value()).as("operators do not end a delivery").isIn(400, 403, 404);
    }

    /** A page as the browser ends up on it, through the tab's redirect to the case's page. */
    private static ResponseEntity<String> followed(WebappSession session, String path) {
        ResponseEntity<String> response = session.get(path);
        for (int i = 0; i < 3 && response.getStatusCode().is3xxRedirection(); i++) {
            java.net.URI location = response.getHeaders().getLocation();
            response = session.get(location.getRawPath() + (location.getRawQuery() == null ? ""
                    : "?" + location.getRawQuery()));
        }
        return response;
    }

    private int retriesOf(Job job) {
        return processEngine.getManagementService().createJobQuery().jobId(job.getId()).singleResult().getRetries();
    }

    private int pending(long reportId) {
        return jdbc.queryForObject("select count(*) from answer_evidence where report_id = ? and proposal_id is null",
                Integer.class, reportId);
    }

    private static LinkedMultiValueMap<String, Object> form(String csrf, String taskId, String name, byte[] bytes) {
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        if (csrf != null) {
            form.add("_csrf", csrf);
        }
        if (taskId != null) {
            form.add("taskId", taskId);
        }
        HttpHeaders part = new HttpHeaders();
        part.setContentType(MediaType.IMAGE_PNG);
        form.add("files", new HttpEntity<>(new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return name;
            }
        }, part));
        return form;
    }
}
