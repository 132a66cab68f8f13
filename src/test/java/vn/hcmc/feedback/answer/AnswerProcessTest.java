package vn.hcmc.feedback.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.hcmc.feedback.support.ReportProcess.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.hcmc.feedback.attachment.SampleFiles;
import vn.hcmc.feedback.notification.process.MailWorker;
import vn.hcmc.feedback.report.ReportClient;
import vn.hcmc.feedback.report.process.CitizenReportProcess;
import vn.hcmc.feedback.report.process.ReportHandlingProcess;
import vn.hcmc.feedback.report.process.ReportRatingProcess;
import vn.hcmc.feedback.support.MailDeliveries;
import vn.hcmc.feedback.support.ReportProcess;
import vn.hcmc.feedback.support.TestMail;

/**
 * Every path of the answer half, end to end from POST /api/reports to closed: approval and returns, publication
 * and the answer mail (to followers too), rating, reopening with a new deadline, the inspectorate's review, and
 * closing with or without a rating.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnswerProcessTest {

    @RegisterExtension
    static GreenMailExtension smtp = TestMail.server();

    static final String GARBAGE = "Rác thải sinh hoạt ùn ứ nhiều ngày ở đầu hẻm, xe thu gom rác không đến, bốc mùi "
            + "hôi thối.";

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
    @Autowired
    MailWorker mailWorker;
    @Autowired
    ExternalTaskService externalTaskService;

    ReportClient client;
    AnswerTestKit kit;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        client = new ReportClient(rest, jdbc);
        kit = new AnswerTestKit(client);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    record Submitted(String code, String token, String email, ReportProcess instance) {
    }

    Submitted submit(double[] location) {
        String email = ReportClient.marker() + "@example.vn";
        Map<String, Object> body = new HashMap<>();
        body.put("description", GARBAGE);
        body.put("wardCode", "ben-thanh");
        if (location != null) {
            body.put("location", Map.of("lat", location[0], "lon", location[1]));
        }
        body.put("reporter", Map.of("name", "Lê Thị Mai", "email", email));
        JsonNode created = client.postJson(body, null).getBody();
        String code = created.get("trackingCode").asText();
        ReportProcess instance = ReportProcess.of(processEngine, code);
        runJob(instance, CitizenReportProcess.START);
        runJob(instance, "ServiceTask_MailReceipt");
        return new Submitted(code, created.get("accessToken").asText(), email, instance);
    }

    void runJob(ReportProcess instance, String activityId) {
        instance.execute(activityId);
    }

    Task task(ReportProcess instance, String key) {
        return instance.task(key);
    }

    void propose(Submitted s, String outcome, String text) {
        assertThat(kit.propose("ben-thanh-staff", s.code(), AnswerTestKit.answer(outcome, text), List.of())
                .getStatusCode().value()).isEqualTo(201);
    }

    void approve(Submitted s) {
        assertThat(kit.decide("ben-thanh-leader", s.code(), true, null).getStatusCode().value()).isEqualTo(200);
    }

    void published(Submitted s) {
        assertThat(s.instance()).isWaitingAt(ReportHandlingProcess.TASK_APPROVE_ANSWER);
        approve(s);
        assertThat(status(s)).isEqualTo("ANSWERED");
        assertThat(jdbc.queryForObject("select count(*) from published_answer a join report r on r.id = a.report_id"
                + " where r.tracking_code = ? and a.answer_due_at = r.answer_due_at", Integer.class, s.code()))
                .as("the published answer keeps the deadline it was answered under").isEqualTo(1);
        runJob(s.instance(), "ServiceTask_MailAnswerPublished");
    }

    String status(Submitted s) {
        return jdbc.queryForObject("select status from report where tracking_code = ?", String.class, s.code());
    }

    List<MimeMessage> mailsTo(String email) {
        new MailDeliveries(mailWorker, externalTaskService, jdbc).deliver(email.toLowerCase());
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(email);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    List<String> subjectsTo(String email) {
        return mailsTo(email).stream().map(m -> {
            try {
                return m.getSubject();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    void close(Submitted s) {
        runJob(s.instance(), "ServiceTask_MailClosed");
        assertThat(s.instance()).isEnded();
        assertThat(status(s)).isEqualTo("CLOSED");
    }

    @Test
    void returnedOnceThenApprovedPublishedRatedAndClosed() {
        Submitted s = submit(null);
        Task handling = task(s.instance(), ReportHandlingProcess.TASK_HANDLE_REPORT);
        Date due = handling.getDueDate();
        Object answerDueAt = s.instance().variable("answerDueAt");

        propose(s, "resolved", "Đã thu gom rác, cảm ơn chị Lê Thị Mai.");
        assertThat(s.instance()).isWaitingAt(ReportHandlingProcess.TASK_APPROVE_ANSWER);
        Task approval = task(s.instance(), ReportHandlingProcess.TASK_APPROVE_ANSWER);
        assertThat(approval).isNotNull();
        BpmnAwareTests.assertThat(approval).hasCandidateGroup("unit-ben-thanh-leaders");
        assertThat(status(s)).isEqualTo("ANSWER_IN_APPROVAL");

        assertThat(kit.decide("ben-thanh-leader", s.code(), false, "Nêu rõ ngày thu gom.").getStatusCode().value())
                .isEqualTo(200);
        Task again = task(s.instance(), ReportHandlingProcess.TASK_HANDLE_REPORT);
        assertThat(again).as("returned to the unit").isNotNull();
        assertThat(again.getDueDate()).as("the deadline does not restart").isEqualTo(due);
        assertThat(s.instance().variable("answerDueAt")).isEqualTo(answerDueAt);

        propose(s, "resolved", "Đã thu gom rác ngày 12/3, cảm ơn chị Lê Thị Mai.");
        published(s);
        assertThat(subjectsTo(s.email())).contains("Phản ánh " + s.code() + " đã có trả lời");
        JsonNode view = client.get(s.code(), null).getBody();
        assertThat(view.get("status").asText()).isEqualTo("ANSWERED");
        assertThat(view.get("answer").get("answer").asText()).doesNotContain("Lê Thị Mai")
                .contains("[tên người phản ánh]");

        assertThat(kit.rate(s.code(), s.token(), 4, "Tốt").getStatusCode().value()).isEqualTo(201);
        assertThat(AnswerTestKit.problem(kit.rate(s.code(), s.token(), 5, null))).isEqualTo("409 not-ratable");
        close(s);
        assertThat(subjectsTo(s.email())).contains("Phản ánh " + s.code() + " đã kết thúc");
        assertThat(jdbc.queryForObject("select count(*) from answer_proposal p join report r on r.id = p.report_id"
                + " where r.tracking_code = ?", Long.class, s.code())).isEqualTo(2);
    }

    @Test
    void noRatingWithinTheWindowClosesTheReport() {
        Submitted s = submit(null);
        propose(s, "partly_resolved", "Đã thu gom một phần, phần còn lại trong tuần.");
        published(s);
        Job timer = managementService.createJobQuery().processInstanceId(s.instance().current().getId()).timers()
                .activityId("Timer_RatingWindow").singleResult();
        assertThat(timer).isNotNull();
        ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plusSeconds(1)));
        assertThat(AnswerTestKit.problem(kit.rate(s.code(), s.token(), 5, null))).isEqualTo(
                "409 rating-window-closed");
        managementService.executeJob(timer.getId());
        close(s);
        List<String> subjects = subjectsTo(s.email());
        assertThat(subjects.get(subjects.size() - 1)).isEqualTo("Phản ánh " + s.code() + " đã kết thúc");
    }

    @Test
    void aLowRatingReopensOnceWithANewDeadlineAndTheSecondGoesToTheInspectorate() {
        Submitted s = submit(null);
        propose(s, "resolved", "Đã thu gom.");
        published(s);
        Instant reopenedAt = Instant.now().plus(Duration.ofDays(2));
        ClockUtil.setCurrentTime(Date.from(reopenedAt));
        assertThat(kit.rate(s.code(), s.token(), 1, "Rác vẫn còn nguyên.").getStatusCode().value()).isEqualTo(201);
        assertThat(status(s)).isEqualTo("REOPENED");
        runJob(s.instance(), "ServiceTask_MailReopened");
        assertThat(subjectsTo(s.email())).contains("Phản ánh " + s.code() + " được xử lý lại");
        Task reopened = task(s.instance(), ReportHandlingProcess.TASK_HANDLE_REPORT);
        assertThat(reopened).isNotNull();
        assertThat(reopened.getDescription()).contains("Rác vẫn còn nguyên.");
        assertThat(java.time.OffsetDateTime.parse(s.instance().variable("answerDueAt")
                .toString()).toInstant()).as("a new answer deadline from the reopening").isAfter(reopenedAt);

        propose(s, "resolved", "Đã thu gom lại.");
        assertThat(kit.decide("ben-thanh-leader", s.code(), false, "Ghi rõ ngày.").getStatusCode().value())
                .isEqualTo(200);
        assertThat(status(s)).as("returned, still a reopened report").isEqualTo("REOPENED");
        propose(s, "resolved", "Đã thu gom lại toàn bộ ngày 20/3.");
        published(s);
        assertThat(subjectsTo(s.email()).stream().filter(t -> t.contains("đã có trả lời"))).hasSize(2);
        assertThat(kit.rate(s.code(), s.token(), 2, "Vẫn chưa sạch.").getStatusCode().value()).isEqualTo(201);
        Task review = task(s.instance(), ReportRatingProcess.TASK_REVIEW_RATING);
        assertThat(review).isNotNull();
        BpmnAwareTests.assertThat(review).hasCandidateGroup("city-inspectorate");

        // the inspectorate sends it back once more; the third answer is rated well
        taskService.complete(review.getId(), Map.of(ReportRatingProcess.FIELD_REVIEW_DECISION, "reopen",
                ReportRatingProcess.FIELD_COMMENT, "Đơn vị kiểm tra lại tại chỗ."));
        runJob(s.instance(), "ServiceTask_MailReopened");
        propose(s, "resolved", "Đã kiểm tra tại chỗ và thu gom.");
        published(s);
        assertThat(kit.rate(s.code(), s.token(), 1, "Không hài lòng.").getStatusCode().value()).isEqualTo(201);
        Task secondReview = task(s.instance(), ReportRatingProcess.TASK_REVIEW_RATING);
        taskService.complete(secondReview.getId(), Map.of(ReportRatingProcess.FIELD_REVIEW_DECISION, "close",
                ReportRatingProcess.FIELD_COMMENT, "Đơn vị đã xử lý đúng quy định."));
        close(s);
        assertThat(jdbc.queryForList("select event from report_event e join report r on r.id = e.report_id where "
                + "r.tracking_code = ? order by e.id", String.class, s.code()))
                .containsSubsequence("answer-published", "rated", "reopened", "answer-published", "rated",
                        "rating-reviewed", "reopened", "answer-published", "rated", "rating-reviewed", "closed");
    }

    @Test
    void aReopenedReportGetsTheNewDeadlineWithoutTheEarlierExtensionAndNoSecondExtension() {
        Submitted s = submit(null);
        Task handle = task(s.instance(), ReportHandlingProcess.TASK_HANDLE_REPORT);
        taskService.claim(handle.getId(), "ben-thanh-staff");
        taskService.complete(handle.getId(), Map.of("handlingAction", "extension", "reason", "Chờ xe chuyên dụng",
                "workingDays", 2));
        Task decide = task(s.instance(), ReportHandlingProcess.TASK_DECIDE_EXTENSION);
        taskService.claim(decide.getId(), "ben-thanh-leader");
        taskService.complete(decide.getId(), Map.of("approved", true, "comment", "Đồng ý"));
        assertThat(s.instance()).variables().containsEntry("extensionDays", 2).containsEntry("extensionGranted", true);

        propose(s, "resolved", "Đã thu gom.");
        published(s);
        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(1))));
        assertThat(kit.rate(s.code(), s.token(), 2, "Chưa sạch.").getStatusCode().value()).isEqualTo(201);
        assertThat(status(s)).isEqualTo("REOPENED");
        assertThat(s.instance()).as("the new deadline counts from the reopening, without the first round's extension")
                .variables().containsEntry("extensionDays", 0L).containsEntry("extensionGranted", true);

        Task reopened = task(s.instance(), ReportHandlingProcess.TASK_HANDLE_REPORT);
        taskService.claim(reopened.getId(), "ben-thanh-staff");
        assertThatThrownBy(() -> taskService.complete(reopened.getId(), Map.of("handlingAction", "extension",
                "reason", "Thêm nữa", "workingDays", 1))).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("once");
    }

    @Test
    void theFollowersOfADuplicateReceiveTheOriginalsAnswer() {
        double lat = 10.76 + ThreadLocalRandom.current().nextDouble(0.03);
        double lon = 106.68 + ThreadLocalRandom.current().nextDouble(0.03);
        Submitted original = submit(new double[] {lat, lon});
        Submitted duplicate = submit(new double[] {lat + 0.0002, lon + 0.0002});
        assertThat(duplicate.instance()).isEnded();
        assertThat(status(duplicate)).isEqualTo("DUPLICATE");

        propose(original, "resolved", "Đã thu gom toàn bộ rác ở đầu hẻm.");
        published(original);
        assertThat(subjectsTo(duplicate.email())).contains("Phản ánh " + original.code() + " đã có trả lời");
        JsonNode view = client.get(duplicate.code(), null).getBody();
        assertThat(view.get("answer").get("trackingCode").asText()).isEqualTo(original.code());
        assertThat(view.get("answer").get("answer").asText()).isEqualTo("Đã thu gom toàn bộ rác ở đầu hẻm.");
    }

    @Test
    void anInfrastructureReportNeedsAPhotoToBeResolved() {
        Submitted s = submit(null);
        jdbc.update("update report set category = 'street_lighting' where tracking_code = ?", s.code());
        assertThat(AnswerTestKit.problem(kit.propose("ben-thanh-staff", s.code(),
                AnswerTestKit.answer("resolved", "Đã thay bóng đèn."), List.of())))
                .isEqualTo("422 evidence-photo-required");
        Task handling = task(s.instance(), ReportHandlingProcess.TASK_HANDLE_REPORT);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> taskService.complete(handling.getId(),
                Map.of("handlingAction", "answer", "answerOutcome", "resolved", "answerText", "Đã thay bóng.")))
                .as("the Tasklist form is refused the same way").hasMessageContaining("needs at least one photo");
        assertThat(s.instance()).isWaitingAt(ReportHandlingProcess.TASK_HANDLE_REPORT);
        assertThat(kit.propose("ben-thanh-staff", s.code(), AnswerTestKit.answer("resolved", "Đã thay bóng đèn."),
                List.of(new ReportClient.File("den.jpg", "image/jpeg", SampleFiles.jpegWithGps(10.77, 106.7))))
                .getStatusCode().value()).isEqualTo(201);
        published(s);
        JsonNode answer = client.get(s.code(), null).getBody().get("answer");
        assertThat(answer.get("photos")).hasSize(1);
        assertThat(rest.getForEntity(answer.get("photos").get(0).asText(), byte[].class).getStatusCode().value())
                .isEqualTo(200);
    }
}
