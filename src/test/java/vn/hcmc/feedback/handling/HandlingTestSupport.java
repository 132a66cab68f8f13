package vn.hcmc.feedback.handling;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.hcmc.feedback.report.ReportClient;
import vn.hcmc.feedback.report.process.CitizenReportProcess;
import vn.hcmc.feedback.support.ReportProcess;

/** Reports sent through the public API, routed at a chosen engine time; jobs executed by hand. */
class HandlingTestSupport {

    static final String GARBAGE = "Rác thải sinh hoạt ùn ứ nhiều ngày ở đầu hẻm, xe thu gom rác không đến, bốc mùi hôi thối.";

    final ProcessEngine processEngine;
    final RuntimeService runtimeService;
    final ManagementService managementService;
    final TaskService taskService;
    final JdbcTemplate jdbc;
    final ReportClient client;

    HandlingTestSupport(ProcessEngine processEngine, TestRestTemplate rest, JdbcTemplate jdbc) {
        this.processEngine = processEngine;
        this.runtimeService = processEngine.getRuntimeService();
        this.managementService = processEngine.getManagementService();
        this.taskService = processEngine.getTaskService();
        this.jdbc = jdbc;
        this.client = new ReportClient(rest, jdbc);
    }

    record Sent(String trackingCode, String token, long reportId, String email) {
    }

    /** A garbage report in Bến Thành (NORMAL, 7 working days), sent now and routed at {@code routedAt}. */
    Sent send(String routedAt) {
        return send(GARBAGE, "ben-thanh", routedAt);
    }

    Sent send(String description, String wardCode, String routedAt) {
        String marker = ReportClient.marker();
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("description", description + " " + marker);
        body.put("wardCode", wardCode);
        String email = marker + "@example.vn";
        body.put("reporter", Map.of("name", "Lê Thị C", "email", email));
        JsonNode created = client.postJson(body, null).getBody();
        assertThat(created.has("trackingCode")).as(String.valueOf(created)).isTrue();
        String code = created.get("trackingCode").asText();
        at(routedAt);
        execute(instance(code), CitizenReportProcess.START);
        execute(instance(code), "ServiceTask_MailReceipt");
        return new Sent(code, created.get("accessToken").asText(), client.reportId(code), email);
    }

    /** The report's process: citizen-report and the instances it calls (see {@link ReportProcess}). */
    ReportProcess instance(String trackingCode) {
        return ReportProcess.of(processEngine, trackingCode);
    }

    static void at(String isoTime) {
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(isoTime).toInstant()));
    }

    static Date date(String isoTime) {
        return Date.from(OffsetDateTime.parse(isoTime).toInstant());
    }

    Job job(ReportProcess instance, String activityId) {
        return instance.job(activityId);
    }

    boolean hasJob(ReportProcess instance, String activityId) {
        return instance.hasJob(activityId);
    }

    void execute(ReportProcess instance, String activityId) {
        instance.execute(activityId);
    }

    /** Moves the clock to a timer's due date and fires it. */
    void fire(ReportProcess instance, String timerActivityId) {
        Job job = job(instance, timerActivityId);
        ClockUtil.setCurrentTime(job.getDuedate());
        managementService.executeJob(job.getId());
    }

    Task task(ReportProcess instance, String taskDefinitionKey) {
        return instance.task(taskDefinitionKey);
    }

    void complete(ReportProcess instance, String taskDefinitionKey, String user, Map<String, Object> fields) {
        Task task = task(instance, taskDefinitionKey);
        assertThat(task).as(taskDefinitionKey).isNotNull();
        if (task.getAssignee() == null) {
            taskService.claim(task.getId(), user);
        }
        taskService.complete(task.getId(), fields);
    }

    List<String> events(long reportId) {
        return jdbc.queryForList("select event from report_event where report_id = ? order by occurred_at, id",
                String.class, reportId);
    }

    List<String> details(long reportId, String event) {
        return jdbc.queryForList("select detail from report_event where report_id = ? and event = ? order by id",
                String.class, reportId, event);
    }

    String status(long reportId) {
        return jdbc.queryForObject("select status from report where id = ?", String.class, reportId);
    }

    Object variable(ReportProcess instance, String name) {
        return instance.variable(name);
    }

    static Instant instant(String iso) {
        return OffsetDateTime.parse(iso).toInstant();
    }
}
