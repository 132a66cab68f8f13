package vn.hcmc.feedback.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.hcmc.feedback.survey.SurveyTestSupport.answers;
import static vn.hcmc.feedback.survey.SurveyTestSupport.design;
import static vn.hcmc.feedback.survey.SurveyTestSupport.now;
import static vn.hcmc.feedback.survey.SurveyTestSupport.setClock;
import static vn.hcmc.feedback.survey.SurveyTestSupport.submission;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.hcmc.feedback.notification.process.MailWorker;
import vn.hcmc.feedback.support.MailDeliveries;
import vn.hcmc.feedback.support.TestMail;

/** Every path of survey-campaign.bpmn, driven through the staff API and by moving the engine clock. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SurveyCampaignProcessTest {

    @RegisterExtension
    static GreenMailExtension mail = TestMail.server();

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MailWorker mailWorker;
    @Autowired
    SurveyAnswers surveyAnswers;
    @Autowired
    com.fasterxml.jackson.databind.ObjectMapper json;
    @Autowired
    ExternalTaskService externalTaskService;

    SurveyTestSupport support;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        support = new SurveyTestSupport(rest, management, jdbc);
        setClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    ProcessInstance instance(long surveyId) {
        return runtime.createProcessInstanceQuery().processInstanceId(support.processInstance(surveyId)).singleResult();
    }

    Map<String, Object> staffGet(String user, long id) {
        ResponseEntity<Map<String, Object>> r = support.call(user, HttpMethod.GET, "/api/staff/surveys/" + id, null);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
        return r.getBody();
    }

    @Test
    void approvalLoopReturnsToTheOwnerAndComesBackAfterRevision() {
        Map<String, Object> d = design(now().plus(2, ChronoUnit.DAYS), now().plus(9, ChronoUnit.DAYS), "IDENTIFIED", null);
        long id = support.create(d);
        ProcessInstance pi = instance(id);
        assertThat(pi).isWaitingAt(SurveyProcess.TASK_APPROVE);
        Task approve = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(tasks.getIdentityLinksForTask(approve.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("unit-home-affairs-leaders");
        assertThat(staffGet(SurveyTestSupport.OWNER, id)).containsEntry("status", "AWAITING_APPROVAL")
                .containsEntry("ownerUnit", "home-affairs").containsEntry("approverGroup", "unit-home-affairs-leaders");

        // outsiders cannot decide; a return needs a comment; nothing changes on refusals
        assertThat(support.call("ben-thanh-leader", HttpMethod.POST, "/api/staff/surveys/" + id + "/decision",
                Map.of("approved", true)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(support.call(SurveyTestSupport.APPROVER, HttpMethod.POST, "/api/staff/surveys/" + id + "/decision",
                Map.of("approved", false)).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(pi).isWaitingAt(SurveyProcess.TASK_APPROVE);

        support.decide(id, false, "Thêm câu hỏi về giờ chạy / add a question on hours");
        assertThat(pi).isWaitingAt(SurveyProcess.TASK_REVISE);
        assertThat(support.status(id)).isEqualTo("IN_REVISION");
        assertThat(BpmnAwareTests.task(pi).getAssignee()).isEqualTo(SurveyTestSupport.OWNER);
        assertThat(staffGet(SurveyTestSupport.OWNER, id)).containsEntry("reviewComment",
                "Thêm câu hỏi về giờ chạy / add a question on hours");
        // a decision while in revision is the wrong state
        assertThat(support.call(SurveyTestSupport.APPROVER, HttpMethod.POST, "/api/staff/surveys/" + id + "/decision",
                Map.of("approved", true)).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        // only the owner edits; an invalid design changes nothing
        d.put("titleVi", "Lấy ý kiến về tuyến xe buýt và giờ chạy");
        assertThat(support.call(SurveyTestSupport.APPROVER, HttpMethod.PUT, "/api/staff/surveys/" + id, d)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        Map<String, Object> broken = new java.util.HashMap<>(d);
        broken.put("closesAt", now().minus(1, ChronoUnit.DAYS).toString());
        ResponseEntity<Map<String, Object>> invalid = support.call(SurveyTestSupport.OWNER, HttpMethod.PUT,
                "/api/staff/surveys/" + id, broken);
        assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(SurveyTestSupport.errors(invalid)).contains("closesAt: must be after opensAt");
        assertThat(pi).isWaitingAt(SurveyProcess.TASK_REVISE);
        assertThat(staffGet(SurveyTestSupport.OWNER, id).get("titleVi")).asString().startsWith("Lấy ý kiến về tuyến xe buýt mới");

        ResponseEntity<Map<String, Object>> revised = support.call(SurveyTestSupport.OWNER, HttpMethod.PUT,
                "/api/staff/surveys/" + id, d);
        assertThat(revised.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(revised.getBody()).containsEntry("status", "AWAITING_APPROVAL")
                .containsEntry("titleVi", "Lấy ý kiến về tuyến xe buýt và giờ chạy");
        assertThat(pi).isWaitingAt(SurveyProcess.TASK_APPROVE);
        assertThat(runtime.getVariable(pi.getId(), SurveyProcess.SURVEY_TITLE))
                .isEqualTo("Lấy ý kiến về tuyến xe buýt và giờ chạy");

        support.decide(id, true, "Đồng ý");
        assertThat(pi).isWaitingAt(SurveyProcess.TIMER_OPENING);
        assertThat(support.status(id)).isEqualTo("SCHEDULED");
        // approved: no more edits
        assertThat(support.call(SurveyTestSupport.OWNER, HttpMethod.PUT, "/api/staff/surveys/" + id, d)
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void theResultsCountHowManyAnswersCameFromHowManyAddressesWithoutStoringThem() {
        long id = support.create(design(now().minus(1, ChronoUnit.HOURS), now().plus(3, ChronoUnit.DAYS),
                "ANONYMOUS", null));
        support.decide(id, true, null);
        ProcessInstance pi = instance(id);
        support.executeJob(pi.getId(), SurveyProcess.TIMER_OPENING);
        // six devices: three behind one IPv4 address, two in one IPv6 /64, one elsewhere, one with no address
        List<String> addresses = Arrays.asList("203.0.113.5", "203.0.113.5", "203.0.113.5", "2001:db8:1:2::5",
                "2001:db8:1:2:ffff::99", "198.51.100.7", null);
        for (int i = 0; i < addresses.size(); i++) {
            Map<String, Object> body = new HashMap<>(Map.of("deviceToken", "device-" + UUID.randomUUID(),
                    "unit", "ben-thanh", "answers", answers("q1", "no", "q3", 4)));
            surveyAnswers.submit(id, json.convertValue(body, AnswerSubmission.class), addresses.get(i));
        }
        List<String> stored = jdbc.queryForList("select source_key from survey_answer where survey_id = ? "
                + "order by id", String.class, id);
        assertThat(stored).hasSize(7).doesNotContain("203.0.113.5", "198.51.100.7");
        assertThat(stored.get(0)).matches("[0-9a-f]{16}").isEqualTo(stored.get(1)).isEqualTo(stored.get(2));
        assertThat(stored.get(3)).as("one /64").isEqualTo(stored.get(4)).isNotEqualTo(stored.get(0));
        assertThat(stored.get(5)).isNotIn(stored.get(0), stored.get(3));
        assertThat(stored.get(6)).isNull();
        assertThat(jdbc.queryForObject("select count(distinct source_key) from survey_answer where source_key in "
                + "(select source_key from survey_answer where survey_id = ?)", Long.class, id))
                .as("the same address gives another key in another survey").isEqualTo(3);

        setClock(now().plus(3, ChronoUnit.DAYS).plusSeconds(5));
        support.executeJob(pi.getId(), SurveyProcess.TIMER_CLOSING);
        support.executeJob(pi.getId(), SurveyProcess.TASK_AGGREGATE);
        ResponseEntity<Map<String, Object>> results = support.call(SurveyTestSupport.OWNER, HttpMethod.GET,
                "/api/staff/surveys/" + id + "/results", null);
        assertThat(results.getBody()).containsEntry("answerCount", 7).containsEntry("sources",
                Map.of("answersWithAddress", 6, "addresses", 3, "mostFromOneAddress", 3));
    }

    @Test
    void revisionCanBeResubmittedFromTasklistWithoutChanges() {
        long id = support.create(design(now().plus(1, ChronoUnit.DAYS), now().plus(5, ChronoUnit.DAYS), "ANONYMOUS", null));
        ProcessInstance pi = instance(id);
        BpmnAwareTests.complete(BpmnAwareTests.task(pi), BpmnAwareTests.withVariables(
                SurveyProcess.APPROVED, false, SurveyProcess.REVIEW_COMMENT, "Sửa tiêu đề"));
        assertThat(pi).isWaitingAt(SurveyProcess.TASK_REVISE);
        BpmnAwareTests.complete(BpmnAwareTests.task(pi), BpmnAwareTests.withVariables("revised", true));
        assertThat(pi).isWaitingAt(SurveyProcess.TASK_APPROVE);
        assertThat(support.status(id)).isEqualTo("AWAITING_APPROVAL");
    }

    @Test
    void scheduledOpeningWaitsForItsInstantOnTheClock() {
        Instant opensAt = now().plus(2, ChronoUnit.DAYS);
        long id = support.create(design(opensAt, opensAt.plus(7, ChronoUnit.DAYS), "IDENTIFIED", null));
        support.decide(id, true, null);
        ProcessInstance pi = instance(id);
        assertThat(pi).isWaitingAt(SurveyProcess.TIMER_OPENING);
        assertThat(support.job(pi.getId(), SurveyProcess.TIMER_OPENING).getDuedate().toInstant()).isEqualTo(opensAt);
        assertThat(management.createJobQuery().processInstanceId(pi.getId()).executable().count()).isZero();
        // not open yet: citizens see nothing, answers are refused
        assertThat(support.call(null, HttpMethod.GET, "/api/surveys/" + id, null).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(support.answer(id, submission("a@b.vn", "ben-thanh", answers("q1", "no", "q3", 4)))
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        setClock(opensAt.plusSeconds(1));
        assertThat(management.createJobQuery().processInstanceId(pi.getId()).executable().count()).isEqualTo(1);
        support.executeJob(pi.getId(), SurveyProcess.TIMER_OPENING);
        assertThat(pi).isWaitingAt(SurveyProcess.GATEWAY_AWAIT_CLOSING);
        assertThat(support.status(id)).isEqualTo("OPEN");
        assertThat(support.answer(id, submission("a@b.vn", "ben-thanh", answers("q1", "no", "q3", 4)))
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void openingInThePastOpensAtOnceAndTheClosingTimerClosesAggregatesAndTheOwnerPublishes() {
        Instant closesAt = now().plus(3, ChronoUnit.DAYS);
        long id = support.create(design(now().minus(1, ChronoUnit.HOURS), closesAt, "IDENTIFIED", null));
        support.decide(id, true, null);
        ProcessInstance pi = instance(id);
        assertThat(management.createJobQuery().processInstanceId(pi.getId()).activityId(SurveyProcess.TIMER_OPENING)
                .executable().count()).as("due at once").isEqualTo(1);
        support.executeJob(pi.getId(), SurveyProcess.TIMER_OPENING);
        assertThat(support.status(id)).isEqualTo("OPEN");
        assertThat(support.job(pi.getId(), SurveyProcess.TIMER_CLOSING).getDuedate().toInstant()).isEqualTo(closesAt);

        assertThat(support.answer(id, submission("x@y.vn", "ben-thanh", answers("q1", "yes", "q2", List.of("r1"),
                "q3", 5))).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(support.answer(id, submission("z@y.vn", "tan-dinh", answers("q1", "no", "q3", 2, "q4", 10)))
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        // results are never visible before closing
        assertThat(support.call(SurveyTestSupport.OWNER, HttpMethod.GET, "/api/staff/surveys/" + id + "/results", null)
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(support.call(null, HttpMethod.GET, "/api/surveys/" + id + "/results", null).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        // publishing before closing is the wrong state
        assertThat(support.call(SurveyTestSupport.OWNER, HttpMethod.POST, "/api/staff/surveys/" + id + "/publish",
                Map.of("conclusion", "Sớm quá")).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        setClock(closesAt.plusSeconds(1));
        assertThat(support.answer(id, submission("late@y.vn", "ben-thanh", answers("q1", "no", "q3", 3)))
                .getStatusCode()).as("after the closing instant, before the timer ran").isEqualTo(HttpStatus.CONFLICT);
        support.executeJob(pi.getId(), SurveyProcess.TIMER_CLOSING);
        assertThat(support.status(id)).isEqualTo("CLOSED");
        assertThat(pi).isWaitingAt(SurveyProcess.TASK_AGGREGATE);
        assertThat(support.call(SurveyTestSupport.OWNER, HttpMethod.POST, "/api/staff/surveys/" + id + "/publish",
                Map.of("conclusion", "Chưa tổng hợp")).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        support.executeJob(pi.getId(), SurveyProcess.TASK_AGGREGATE);
        assertThat(pi).isWaitingAt(SurveyProcess.TASK_REVIEW_RESULTS);
        assertThat(BpmnAwareTests.task(pi)).isAssignedTo(SurveyTestSupport.OWNER);

        ResponseEntity<Map<String, Object>> staffResults = support.call(SurveyTestSupport.OWNER, HttpMethod.GET,
                "/api/staff/surveys/" + id + "/results", null);
        assertThat(staffResults.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(staffResults.getBody()).containsEntry("answerCount", 2)
                .as("both from the test's one address").containsEntry("sources",
                        Map.of("answersWithAddress", 2, "addresses", 1, "mostFromOneAddress", 2));
        assertThat(support.call(null, HttpMethod.GET, "/api/surveys/" + id + "/results", null).getStatusCode())
                .as("not published yet").isEqualTo(HttpStatus.CONFLICT);
        ResponseEntity<String> csv = rest.withBasicAuth(SurveyTestSupport.OWNER, SurveyTestSupport.OWNER)
                .getForEntity("/api/staff/surveys/" + id + "/results.csv", String.class);
        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<String> lines = Arrays.asList(csv.getBody().split("\r\n"));
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("\uFEFFanswer,submitted_at,unit,address_group,q1,q2,q3,q4,q5");
        assertThat(lines.get(2)).matches(".*,tan-dinh,[0-9a-f]{16},no,,2,10,");
        assertThat(rest.withBasicAuth("ben-thanh-staff", "ben-thanh-staff")
                .getForEntity("/api/staff/surveys/" + id + "/results.csv", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(support.call("home-affairs-leader", HttpMethod.POST, "/api/staff/surveys/" + id + "/publish",
                Map.of("conclusion", "x")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(support.call(SurveyTestSupport.OWNER, HttpMethod.POST, "/api/staff/surveys/" + id + "/publish",
                Map.of("conclusion", " ")).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<Map<String, Object>> published = support.call(SurveyTestSupport.OWNER, HttpMethod.POST,
                "/api/staff/surveys/" + id + "/publish", Map.of("conclusion", "Người dân ủng hộ tuyến mới."));
        assertThat(published.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(published.getBody()).containsEntry("status", "PUBLISHED");
        assertThat(pi).isEnded().hasPassed(SurveyProcess.TASK_PUBLISH, SurveyProcess.END_PUBLISHED);
        assertThat(rest.getForObject("/api/surveys/published", com.fasterxml.jackson.databind.JsonNode.class))
                .as("in the public list of published results")
                .anySatisfy(s -> assertThat(s.get("id").asLong()).isEqualTo(id));

        ResponseEntity<Map<String, Object>> results = support.call(null, HttpMethod.GET, "/api/surveys/" + id + "/results", null);
        assertThat(results.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(results.getBody()).containsEntry("answerCount", 2)
                .containsEntry("conclusion", "Người dân ủng hộ tuyến mới.");
    }

    @Test
    void ownerClosesEarlyByMessage() {
        long id = support.openSurvey("IDENTIFIED", null);
        ProcessInstance pi = instance(id);
        assertThat(support.call("ben-thanh-staff", HttpMethod.POST, "/api/staff/surveys/" + id + "/close", null)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(support.status(id)).isEqualTo("OPEN");
        ResponseEntity<Map<String, Object>> closed = support.call(SurveyTestSupport.OWNER, HttpMethod.POST,
                "/api/staff/surveys/" + id + "/close", null);
        assertThat(closed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(closed.getBody()).containsEntry("status", "CLOSED").containsEntry("closedEarly", true);
        assertThat(pi).hasPassed(SurveyProcess.BOUNDARY_CLOSE_EARLY, SurveyProcess.TASK_CLOSE)
                .isWaitingAt(SurveyProcess.TASK_AGGREGATE);
        assertThat(management.createJobQuery().processInstanceId(pi.getId()).activityId(SurveyProcess.TIMER_CLOSING)
                .count()).isZero();
        assertThat(support.call(SurveyTestSupport.OWNER, HttpMethod.POST, "/api/staff/surveys/" + id + "/close", null)
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(support.answer(id, submission("a@b.vn", "ben-thanh", answers("q1", "no", "q3", 4)))
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void extensionMovesTheClosingTimerOnce() {
        long id = support.openSurvey("IDENTIFIED", null);
        ProcessInstance pi = instance(id);
        Instant oldClosing = support.job(pi.getId(), SurveyProcess.TIMER_CLOSING).getDuedate().toInstant();
        Instant newClosing = oldClosing.plus(3, ChronoUnit.DAYS);

        assertThat(support.call(SurveyTestSupport.OWNER, HttpMethod.POST, "/api/staff/surveys/" + id + "/extend",
                Map.of("closesAt", oldClosing.minusSeconds(60).toString())).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(support.call("city-leader", HttpMethod.POST, "/api/staff/surveys/" + id + "/extend",
                Map.of("closesAt", newClosing.toString())).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<Map<String, Object>> extended = support.call(SurveyTestSupport.OWNER, HttpMethod.POST,
                "/api/staff/surveys/" + id + "/extend", Map.of("closesAt", newClosing.toString()));
        assertThat(extended.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(extended.getBody()).containsEntry("extended", true).containsEntry("closesAt", newClosing.toString());
        assertThat(pi).hasPassed(SurveyProcess.MESSAGE_EXTENDED_EVENT)
                .isWaitingAt(SurveyProcess.GATEWAY_AWAIT_CLOSING);
        assertThat(support.job(pi.getId(), SurveyProcess.TIMER_CLOSING).getDuedate().toInstant()).isEqualTo(newClosing);
        assertThat(support.call(SurveyTestSupport.OWNER, HttpMethod.POST, "/api/staff/surveys/" + id + "/extend",
                Map.of("closesAt", newClosing.plus(1, ChronoUnit.DAYS).toString())).getStatusCode())
                .as("only once").isEqualTo(HttpStatus.CONFLICT);

        setClock(oldClosing.plusSeconds(60));
        assertThat(management.createJobQuery().processInstanceId(pi.getId()).activityId(SurveyProcess.TIMER_CLOSING)
                .executable().count()).as("old instant no longer closes").isZero();
        assertThat(support.answer(id, submission("after-old@b.vn", "ben-thanh", answers("q1", "no", "q3", 4)))
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        setClock(newClosing.plusSeconds(1));
        support.executeJob(pi.getId(), SurveyProcess.TIMER_CLOSING);
        assertThat(support.status(id)).isEqualTo("CLOSED");
        assertThat(pi).isWaitingAt(SurveyProcess.TASK_AGGREGATE);
    }

    @Test
    void dailyTimerMailsTheOwnerTheCountByUnitOncePerDay() throws Exception {
        long id = support.openSurvey("IDENTIFIED", null);
        ProcessInstance pi = instance(id);
        for (String email : List.of("d1@x.vn", "d2@x.vn")) {
            assertThat(support.answer(id, submission(email, "ben-thanh", answers("q1", "no", "q3", 4)))
                    .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        }
        assertThat(support.answer(id, submission("d3@x.vn", "cu-chi", answers("q1", "no", "q3", 4)))
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);

        setClock(now().plus(1, ChronoUnit.DAYS).plusSeconds(5));
        support.executeJob(pi.getId(), SurveyProcess.TIMER_DAILY_PROGRESS);
        assertThat(pi).isWaitingAt(SurveyProcess.TASK_MAIL_PROGRESS);
        String mailJob = support.job(pi.getId(), SurveyProcess.TASK_MAIL_PROGRESS).getId();
        assertThat(support.job(pi.getId(), SurveyProcess.TIMER_DAILY_PROGRESS).getDuedate().toInstant())
                .as("next day's timer").isAfter(now());
        int before = mail.getReceivedMessages().length;
        management.executeJob(mailJob);
        MailDeliveries deliveries = new MailDeliveries(mailWorker, externalTaskService, jdbc);
        assertThat(deliveries.deliver("survey:" + id + ":progress:")).as("one mail queued").isEqualTo(1);
        MimeMessage[] received = mail.getReceivedMessages();
        assertThat(received).hasSize(before + 1);
        MimeMessage sent = received[received.length - 1];
        assertThat(sent.getAllRecipients()[0].toString()).isEqualTo("campaign-owner@demo.feedback.local");
        String body = sent.getContent().toString();
        assertThat(body).contains("Answers so far: 3").contains("Phường Bến Thành / Ben Thanh Ward: 2")
                .contains("Xã Củ Chi / Cu Chi Commune: 1");
        assertThat(pi).isWaitingAt(SurveyProcess.GATEWAY_AWAIT_CLOSING);

        // the same day again (a re-run) sends nothing more; the next day sends the next mail
        setClock(now().plus(1, ChronoUnit.DAYS).plusSeconds(5));
        support.executeJob(pi.getId(), SurveyProcess.TIMER_DAILY_PROGRESS);
        support.executeJob(pi.getId(), SurveyProcess.TASK_MAIL_PROGRESS);
        assertThat(deliveries.deliver("survey:" + id + ":progress:")).isEqualTo(1);
        assertThat(mail.getReceivedMessages()).hasSize(before + 2);
    }
}
