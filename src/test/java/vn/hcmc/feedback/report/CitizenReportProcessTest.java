package vn.hcmc.feedback.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static vn.hcmc.feedback.support.ReportProcess.assertThat;
import static vn.hcmc.feedback.support.ReportProcess.task;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.hcmc.feedback.report.process.CitizenReportProcess;
import vn.hcmc.feedback.report.process.ReportHandlingProcess;
import vn.hcmc.feedback.report.process.ReportTriageProcess;
import vn.hcmc.feedback.support.ReportProcess;

/** Every path of triage and routing (citizen-report calling report-triage), from POST /api/reports on. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CitizenReportProcessTest {

    static final Set<String> ALLOWED_VARIABLES = Set.of("reportId", "trackingCode", "category", "priority",
            "unitCode", "triage", "duplicateOf", "triageOutcome", "handlingStart",
            // deadlines (issue 4): instants, durations and groups only
            "slaStart", "acceptStart", "acceptDueAt", "answerDueAt", "reminderAt", "answerDeadline",
            "escalationGroup1", "escalationGroup2", "overdue", "pausedMinutes", "extensionDays",
            // counters and flags passed into report-handling (null until they count)
            "transfers", "informationRequests", "extensionGranted");

    static final String GARBAGE = "Rác thải sinh hoạt ùn ứ nhiều ngày ở đầu hẻm, xe thu gom rác không đến, bốc mùi hôi thối.";
    static final String VAGUE = "Mong các anh chị xem xét giúp chuyện này, cảm ơn nhiều.";

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    org.camunda.bpm.engine.ManagementService managementService;

    @org.junit.jupiter.api.extension.RegisterExtension
    static com.icegreen.greenmail.junit5.GreenMailExtension smtp = vn.hcmc.feedback.support.TestMail.server();
    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;

    ReportClient client;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        client = new ReportClient(rest, jdbc);
    }

    @Test
    void aClearReportIsRoutedAutomaticallyToItsWard() {
        String code = submit(report(GARBAGE, "ben-thanh", null));
        ReportProcess instance = triaged(code);

        assertThat(instance).isWaitingAt(ReportHandlingProcess.TASK_HANDLE_REPORT)
                .hasPassed(ReportTriageProcess.TASK_AUTOMATIC_TRIAGE, ReportTriageProcess.TASK_CHECK_DUPLICATE,
                        ReportTriageProcess.TASK_ROUTE_REPORT)
                .hasNotPassed(ReportTriageProcess.TASK_TRIAGE_REPORT)
                .variables().containsEntry("category", "garbage").containsEntry("triage", "AUTO")
                .containsEntry("unitCode", "ben-thanh").containsEntry("priority", "NORMAL");
        assertThat(task(instance)).hasCandidateGroup("unit-ben-thanh");
        assertOnlyAllowedVariables(instance);
        assertThat(status(code)).isEqualTo("ASSIGNED");
        JsonNode view = client.get(code, null).getBody();
        assertThat(view.get("unitCode").asText()).isEqualTo("ben-thanh");
        assertThat(view.get("category").asText()).isEqualTo("garbage");
        assertThat(client.staffGet("ben-thanh-staff", code).getBody().get("description").asText())
                .as("the unit reads the report its form links to").isEqualTo(GARBAGE);
        assertThat(client.staffGet("tan-dinh-staff", code).getStatusCode().value()).isEqualTo(403);

        complete(task(instance), withVariables("handlingAction", "answer", "answerOutcome", "resolved",
                "answerText", "Đã thu gom rác."));
        assertThat(instance).isWaitingAt("Task_ApproveAnswer");
        complete(task("Task_ApproveAnswer", instance), withVariables("approved", true));
        assertThat(instance).hasPassed("ServiceTask_PublishAnswer").isWaitingAt("Gateway_AwaitRating");
        assertThat(status(code)).isEqualTo("ANSWERED");
    }

    @Test
    void aCityLevelCategoryGoesToItsDepartment() {
        String code = submit(report("Nhà tôi bị mất nước sinh hoạt 3 ngày nay, vòi nước máy không có một giọt nước nào, "
                + "đường ống cấp nước bị bể.", null, null));
        ReportProcess instance = triaged(code);
        assertThat(instance).isWaitingAt(ReportHandlingProcess.TASK_HANDLE_REPORT).variables()
                .containsEntry("category", "water_supply").containsEntry("unitCode", "sawaco");
        assertThat(task(instance)).hasCandidateGroup("unit-sawaco");
    }

    @Test
    void dangerMakesAReportUrgent() {
        String code = submit(report("Cây xanh cổ thụ bị nghiêng sắp ngã đè xuống nhà dân và đường, rất nguy hiểm, "
                + "xin xử lý gấp.", "tan-dinh", null));
        ReportProcess instance = triaged(code);
        assertThat(instance).variables().containsEntry("priority", "URGENT");
    }

    @Test
    void anUnsureReportGoesToTheTriageDeskWhichRoutesItToAUnit() {
        String code = submit(report(VAGUE, null, null));
        ReportProcess instance = triaged(code);
        assertThat(instance).isWaitingAt(ReportTriageProcess.TASK_TRIAGE_REPORT).variables()
                .containsEntry("triage", "MANUAL");
        assertThat(task(instance)).hasCandidateGroup("triage-desk");
        assertThat(status(code)).isEqualTo("TRIAGE");
        JsonNode staff = client.staffGet("triage", code).getBody();
        assertThat(staff.get("triage").get("manualReasons")).isNotEmpty();

        complete(task(instance), withVariables("decision", "ROUTE", "category", "noise", "priority", "HIGH",
                "unitCode", "tan-dinh"));

        assertThat(instance).isWaitingAt(ReportHandlingProcess.TASK_HANDLE_REPORT).variables()
                .containsEntry("category", "noise").containsEntry("unitCode", "tan-dinh")
                .containsEntry("priority", "HIGH").containsEntry("triage", "MANUAL");
        assertThat(task(instance)).hasCandidateGroup("unit-tan-dinh");
        assertOnlyAllowedVariables(instance);
        assertThat(status(code)).isEqualTo("ASSIGNED");
    }

    @Test
    void theTriageDeskCanLeaveTheUnitToTheRoutingTable() {
        String code = submit(report(VAGUE, "ben-thanh", null));
        ReportProcess instance = triaged(code);
        assertThat(instance).isWaitingAt(ReportTriageProcess.TASK_TRIAGE_REPORT);
        complete(task(instance), withVariables("decision", "ROUTE", "category", "traffic", "priority", null,
                "unitCode", null));
        assertThat(instance).isWaitingAt(ReportHandlingProcess.TASK_HANDLE_REPORT).variables()
                .containsEntry("unitCode", "construction").containsEntry("priority", "NORMAL");

        String wardLevel = submit(report(VAGUE, "ben-thanh", null));
        ReportProcess second = triaged(wardLevel);
        complete(task(second), withVariables("decision", "ROUTE", "category", "sidewalk_encroachment",
                "unitCode", ""));
        assertThat(second).isWaitingAt(ReportHandlingProcess.TASK_HANDLE_REPORT).variables()
                .containsEntry("unitCode", "ben-thanh");
    }

    @Test
    void theHistoryNamesTheOfficerWhoTriagedNotTheirGroup() {
        String code = submit(report(VAGUE, "ben-thanh", null));
        ReportProcess instance = triaged(code);
        var triageTask = task(instance);
        BpmnAwareTests.processEngine().getIdentityService().setAuthentication("triage", java.util.List.of("triage-desk"));
        try {
            complete(triageTask, withVariables("decision", "ROUTE", "category", "traffic", "priority", null,
                    "unitCode", null));
        } finally {
            BpmnAwareTests.processEngine().getIdentityService().clearAuthentication();
        }
        assertThat(jdbc.queryForList("select actor from report_event e join report r on r.id = e.report_id"
                + " where r.tracking_code = ? and e.event = 'triaged' order by e.id", String.class, code))
                .containsExactly("system", "triage");
    }

    @Test
    void anIncompleteTriageFormIsRefused() {
        String code = submit(report(VAGUE, null, null));
        ReportProcess instance = triaged(code);
        String taskId = task(instance).getId();
        assertThatThrownBy(() -> complete(task(instance), withVariables("decision", "REJECT")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("rejection reason");
        assertThatThrownBy(() -> complete(task(instance), withVariables("decision", "ROUTE", "category", "garbage",
                "unitCode", null))).as("garbage is the ward's, and the ward is unknown")
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("choose the unit");
        assertThatThrownBy(() -> complete(task(instance), withVariables("decision", "ROUTE", "category", "nonsense")))
                .isInstanceOf(ProcessEngineException.class);
        assertThat(instance).isWaitingAt(ReportTriageProcess.TASK_TRIAGE_REPORT);
        assertThat(task(instance).getId()).isEqualTo(taskId);
        assertThat(status(code)).isEqualTo("TRIAGE");
    }

    @ParameterizedTest
    @EnumSource(RejectionReason.class)
    void theTriageDeskRejectsWithAReasonTheCitizenReads(RejectionReason reason) {
        Map<String, Object> body = report(VAGUE, null, null);
        body.put("language", "en");
        JsonNode created = client.postJson(body, null).getBody();
        String code = created.get("trackingCode").asText();
        ReportProcess instance = triaged(code);
        complete(task(instance), withVariables("decision", "REJECT", "rejectReason", reason.name(),
                "rejectNote", "Xem hướng dẫn / see the guidance"));

        assertThat(instance).isEnded().hasPassed(CitizenReportProcess.END_REJECTED)
                .hasNotPassed(ReportTriageProcess.TASK_ROUTE_REPORT);
        assertThat(status(code)).isEqualTo("REJECTED");
        JsonNode publicView = client.get(code, null).getBody();
        assertThat(publicView.get("status").asText()).isEqualTo("REJECTED");
        assertThat(publicView.get("rejection").get("reason").asText()).isEqualTo(reason.name());
        assertThat(publicView.get("rejection").get("message").asText()).isEqualTo(reason.text("en"));
        JsonNode privateView = client.get(code, created.get("accessToken").asText()).getBody();
        assertThat(privateView.get("rejection").get("note").asText()).isEqualTo("Xem hướng dẫn / see the guidance");
        assertThat(BpmnAwareTests.historyService().createHistoricVariableInstanceQuery()
                .processInstanceIdIn(instanceIds(code)).variableName("rejectNote").list())
                .as("the note was local to the task").isNotEmpty()
                .allSatisfy(v -> assertThat(v.getActivityInstanceId()).isNotEqualTo(v.getProcessInstanceId()));
    }

    @Test
    void aReportNearAnOpenOneOfTheSameCategoryIsADuplicateAndItsReporterFollows() {
        double lat = 10.76 + ThreadLocalRandom.current().nextDouble(0.03);
        double lon = 106.68 + ThreadLocalRandom.current().nextDouble(0.03);
        String original = submit(report(GARBAGE, "ben-thanh", new double[] {lat, lon}));
        assertThat(triaged(original)).isWaitingAt(ReportHandlingProcess.TASK_HANDLE_REPORT);

        String far = submit(report(GARBAGE, "ben-thanh", new double[] {lat + 0.001, lon}));  // about 110 m
        assertThat(triaged(far)).isWaitingAt(ReportHandlingProcess.TASK_HANDLE_REPORT);

        String duplicate = submit(report("Rác ùn ứ ở đầu hẻm mấy ngày rồi chưa ai thu gom, hôi quá.", "ben-thanh",
                new double[] {lat + 0.0002, lon + 0.0002}));  // about 31 m
        ReportProcess instance = triaged(duplicate);

        assertThat(instance).isEnded().hasPassed(CitizenReportProcess.END_DUPLICATE)
                .hasNotPassed(ReportTriageProcess.TASK_ROUTE_REPORT);
        assertThat(BpmnAwareTests.historyService().createHistoricVariableInstanceQuery()
                .processInstanceIdIn(instanceIds(duplicate)).variableName("duplicateOf").list())
                .as("set in report-triage, passed out to citizen-report").hasSize(2)
                .allSatisfy(v -> assertThat(v.getValue()).isEqualTo(original));
        assertThat(status(duplicate)).isEqualTo("DUPLICATE");
        assertThat(client.get(duplicate, null).getBody().get("duplicateOf").asText()).isEqualTo(original);
        assertThat(jdbc.queryForObject("select count(*) from report_follower where report_id = ? and follower_report_id = ?",
                Long.class, client.reportId(original), client.reportId(duplicate))).isEqualTo(1);
    }

    /** Issue 16, finding 6: a public report never reveals the private report it duplicates; staff see the link. */
    @Test
    void aPrivateOriginalIsNamedToStaffOnly() {
        double lat = 10.76 + ThreadLocalRandom.current().nextDouble(0.03);
        double lon = 106.68 + ThreadLocalRandom.current().nextDouble(0.03);
        Map<String, Object> secret = report(GARBAGE, "ben-thanh", new double[] {lat, lon});
        secret.put("publicVisible", false);
        String original = submit(secret);
        assertThat(triaged(original)).isWaitingAt(ReportHandlingProcess.TASK_HANDLE_REPORT);

        Map<String, Object> probe = report("Rác ùn ứ ở đầu hẻm mấy ngày rồi chưa ai thu gom, hôi quá.", "ben-thanh",
                new double[] {lat + 0.0002, lon + 0.0002});
        JsonNode created = client.postJson(probe, null).getBody();
        String duplicate = created.get("trackingCode").asText();
        assertThat(triaged(duplicate)).isEnded().hasPassed(CitizenReportProcess.END_DUPLICATE);
        assertThat(status(duplicate)).isEqualTo("DUPLICATE");

        JsonNode publicView = client.get(duplicate, null).getBody();
        JsonNode privateView = client.get(duplicate, created.get("accessToken").asText()).getBody();
        assertThat(publicView.has("duplicateOf")).as("%s", publicView).isFalse();
        assertThat(privateView.has("duplicateOf")).as("its own reporter is not staff: %s", privateView).isFalse();
        assertThat(publicView.toString()).doesNotContain(original);
        assertThat(privateView.toString()).doesNotContain(original);
        JsonNode staffView = client.staffGet("inspector", duplicate).getBody();
        assertThat(staffView.path("duplicateOf").asText()).as("%s", staffView).isEqualTo(original);
    }

    @Test
    void aContactFloodingTheServiceIsHandedToAPersonAsSpam() {
        String phone = "09" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        String last = null;
        for (int i = 0; i < 6; i++) {
            Map<String, Object> body = report(GARBAGE + " lần " + i, "ben-thanh", null);
            body.put("reporter", Map.of("phone", phone));
            last = submit(body);
        }
        ReportProcess instance = triaged(last);
        assertThat(instance).isWaitingAt(ReportTriageProcess.TASK_TRIAGE_REPORT);
        assertThat(client.staffGet("triage", last).getBody().get("triage").get("manualReasons").toString())
                .contains(ReportTriage.SPAM_SUSPECTED);
        complete(task(instance), withVariables("decision", "REJECT", "rejectReason", "SPAM"));
        assertThat(instance).isEnded().hasPassed(CitizenReportProcess.END_REJECTED);
    }

    @Test
    void aComplaintOrDenunciationIsHandedToAPerson() {
        String code = submit(report("Tôi làm đơn tố cáo cán bộ địa chính phường nhận hối lộ để cấp phép xây dựng "
                + "sai quy định, đề nghị xử lý người này.", "ben-thanh", null));
        ReportProcess instance = triaged(code);
        assertThat(instance).isWaitingAt(ReportTriageProcess.TASK_TRIAGE_REPORT);
        assertThat(client.staffGet("triage", code).getBody().get("triage").get("manualReasons").toString())
                .contains(ReportTriage.COMPLAINT);
        complete(task(instance), withVariables("decision", "REJECT", "rejectReason", "COMPLAINT_OR_DENUNCIATION"));
        assertThat(instance).isEnded().hasPassed(CitizenReportProcess.END_REJECTED);
        assertThat(client.get(code, null).getBody().get("rejection").get("message").asText())
                .contains("Luật Khiếu nại");
    }

    private ReportProcess triaged(String trackingCode) {
        ReportProcess instance = ReportProcess.of(processEngine, trackingCode);
        // asynchronous instantiation: the request leaves a single job before the start event, and nothing has run
        // yet; that job runs triage; the receipt mail is its own job beside it
        assertThat(managementService.createJobQuery().processInstanceId(instance.top().getId()).count()).isEqualTo(1);
        assertThat(instance).isWaitingAt(CitizenReportProcess.START)
                .hasNotPassed(CitizenReportProcess.START, ReportTriageProcess.TASK_AUTOMATIC_TRIAGE)
                .isNotWaitingAt(CitizenReportProcess.TASK_MAIL_RECEIPT);
        instance.execute(CitizenReportProcess.START);
        assertThat(instance).hasPassed(CitizenReportProcess.START, ReportTriageProcess.TASK_AUTOMATIC_TRIAGE)
                .isWaitingAt(CitizenReportProcess.TASK_MAIL_RECEIPT);
        instance.execute(CitizenReportProcess.TASK_MAIL_RECEIPT);
        return instance;
    }

    private String[] instanceIds(String trackingCode) {
        return BpmnAwareTests.historyService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(trackingCode).list().stream().map(h -> h.getId()).toArray(String[]::new);
    }

    private String submit(Map<String, Object> body) {
        JsonNode created = client.postJson(body, null).getBody();
        assertThat(created.has("trackingCode")).as(String.valueOf(created)).isTrue();
        return created.get("trackingCode").asText();
    }

    private String status(String code) {
        return jdbc.queryForObject("select status from report where tracking_code = ?", String.class, code);
    }

    private void assertOnlyAllowedVariables(ReportProcess instance) {
        for (var running : instance.running()) {
            assertThat(runtimeService.getVariables(running.getId()).keySet()).as(running.getProcessDefinitionId())
                    .isSubsetOf(ALLOWED_VARIABLES);
        }
    }

    static Map<String, Object> report(String description, String wardCode, double[] location) {
        Map<String, Object> body = new HashMap<>();
        body.put("description", description);
        if (wardCode != null) {
            body.put("wardCode", wardCode);
        }
        if (location != null) {
            body.put("location", Map.of("lat", location[0], "lon", location[1]));
        }
        body.put("reporter", Map.of("email", ReportClient.marker() + "@example.vn"));
        return body;
    }
}
