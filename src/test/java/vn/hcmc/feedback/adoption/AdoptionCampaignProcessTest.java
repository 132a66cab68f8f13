package vn.hcmc.feedback.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.hcmc.feedback.adoption.AdoptionProcess.*;
import static vn.hcmc.feedback.adoption.CampaignTestKit.WEEK;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
import vn.hcmc.feedback.notification.process.MailWorker;
import vn.hcmc.feedback.support.MailDeliveries;
import vn.hcmc.feedback.support.TestMail;

/**
 * The campaign's process end to end, with the engine clock moved week by week: units on time, a late unit, a unit
 * that never reports (reminders, then escalation after two missed periods), reminder mails with the city's
 * average, the ranking with a tie broken by the date the target was first reached, the proposal edited, refused,
 * redone and approved, and the publication.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdoptionCampaignProcessTest {

    @RegisterExtension
    static GreenMailExtension mail = TestMail.server();

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ManagementService managementService;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    Campaigns campaigns;
    @Autowired
    ProgressReports progressReports;
    @Autowired
    Commendations commendations;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MailWorker mailWorker;
    @Autowired
    ExternalTaskService externalTaskService;

    CampaignTestKit kit;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        kit = new CampaignTestKit(rest, managementService, taskService);
    }

    @AfterEach
    void resetClock() {
        kit.cleanUp(runtimeService);
    }

    @Test
    void campaignRunsFromReportsToPublishedCommendations() throws Exception {
        String name = "Công dân số " + System.nanoTime();
        Long id = kit.create(kit.newCampaign(name, List.of("ben-thanh", "tan-dinh", "sai-gon", "cau-ong-lanh"),
                WEEK.multipliedBy(3), 2)).id();
        String pid = campaigns.campaign(id).getProcessInstanceId();
        ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceId(pid).singleResult();
        assertThat(pi).isStarted().hasBusinessKey("campaign-" + id);
        assertThat(kit.get(null, "/api/campaigns/" + id).getStatusCode().value())
                .as("nothing public before publication").isEqualTo(404);

        // one job opens the units, then each unit's reporting starts in its own job
        assertThat(kit.reportTasks(pid)).isEmpty();
        assertThat(kit.runDueJobs(pid)).isEqualTo(1 + 4);
        assertThat(pi).isWaitingAt(REPORT_PROGRESS);
        List<Task> period1 = kit.reportTasks(pid);
        assertThat(period1).hasSize(4).allSatisfy(t ->
                assertThat(t.getDueDate().toInstant()).isEqualTo(kit.t0.plus(WEEK)));
        assertThat(taskService.createTaskQuery().taskId(period1.get(0).getId()).initializeFormKeys().singleResult()
                .getCamundaFormRef().getKey()).isEqualTo(FORM_REPORT);
        assertThat(taskService.getIdentityLinksForTask(kit.reportTask(pid, "ben-thanh").getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("unit-ben-thanh-leaders"));

        // period 1: Bến Thành reaches the target on day 1, Tân Định reports 80% on day 2, the others nothing
        kit.at(Duration.ofDays(1));
        assertThat(kit.report("ben-thanh-leader", id, "ben-thanh", 50, 50, 1200, null).getStatusCode().value())
                .isEqualTo(201);
        kit.at(Duration.ofDays(2));
        assertThat(kit.report("tan-dinh-leader", id, "tan-dinh", 50, 40, 300, "").getStatusCode().value())
                .isEqualTo(201);
        assertThat(kit.report("tan-dinh-leader", id, "tan-dinh", 50, 45, 300, null).getStatusCode().value())
                .as("one report per period").isEqualTo(409);

        // end of period 1: the two silent units and the unit below target are reminded, the one on target is not
        kit.at(WEEK);
        kit.runDueJobs(pid);
        assertThat(campaigns.unit(id, "sai-gon").getMissedInRow()).isEqualTo(1);
        assertThat(campaigns.unit(id, "cau-ong-lanh").getMissedInRow()).isEqualTo(1);
        assertThat(campaigns.unit(id, "ben-thanh").getMissedPeriods()).isZero();
        assertThat(reminders(name, "tan-dinh-leader")).hasSize(1).first().satisfies(m -> {
            String body = (String) m.getContent();
            assertThat(body).contains("40/50").contains("80.0%").contains("Trung bình toàn Thành phố / City average: 90.0%");
            assertThat(m.getSubject()).contains("kỳ 1").contains("Phường Tân Định");
        });
        assertThat(reminders(name, "sai-gon-leader")).hasSize(1).first()
                .satisfies(m -> assertThat((String) m.getContent()).contains("did not report for this period"));
        assertThat(reminders(name, "cau-ong-lanh-leader")).hasSize(1);
        assertThat(reminders(name, "ben-thanh-leader")).as("on target: no reminder").isEmpty();
        assertThat(escalations(name)).isEmpty();
        List<Task> period2 = kit.reportTasks(pid);
        assertThat(period2).hasSize(4).allSatisfy(t ->
                assertThat(t.getDueDate().toInstant()).isEqualTo(kit.t0.plus(WEEK.multipliedBy(2))));

        // period 2: Tân Định reaches the target on day 10, Cầu Ông Lãnh (late, missed period 1) on day 12
        kit.at(Duration.ofDays(8));
        assertThat(kit.report("ben-thanh-leader", id, "ben-thanh", 50, 50, 1500, null).getStatusCode().value())
                .isEqualTo(201);
        kit.at(Duration.ofDays(10));
        assertThat(kit.report("tan-dinh-leader", id, "tan-dinh", 48, 48, 900, "Hai người nghỉ hưu / two retired")
                .getStatusCode().value()).isEqualTo(201);
        kit.at(Duration.ofDays(12));
        assertThat(kit.report("cau-ong-lanh-leader", id, "cau-ong-lanh", 30, 30, 100, null).getStatusCode().value())
                .isEqualTo(201);
        assertThat(campaigns.unit(id, "cau-ong-lanh").getMissedInRow()).as("a report resets the count").isZero();

        // end of period 2: Sài Gòn missed twice in a row, the owner hears of it, once
        kit.at(WEEK.multipliedBy(2));
        kit.runDueJobs(pid);
        assertThat(campaigns.unit(id, "sai-gon").getMissedInRow()).isEqualTo(2);
        assertThat(escalations(name)).hasSize(1).first().satisfies(m -> {
            assertThat(m.getAllRecipients()[0].toString()).isEqualTo("campaign-owner@demo.feedback.local");
            assertThat((String) m.getContent()).contains("Phường Sài Gòn").contains("2 kỳ liên tiếp");
        });
        assertThat(reminders(name, "sai-gon-leader")).hasSize(2);
        assertThat(reminders(name, "tan-dinh-leader")).as("on target now").hasSize(1);
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(pid)
                .activityId(ESCALATE).finished().count()).isEqualTo(1);

        // period 3 (the last, ending at the deadline): nobody reports; no reminders at the deadline
        kit.at(WEEK.multipliedBy(3).minusMinutes(1));
        assertThat(kit.runDueJobs(pid)).isZero();
        assertThat(pi).isWaitingAt(REPORT_PROGRESS);
        kit.at(WEEK.multipliedBy(3));
        kit.runDueJobs(pid);
        assertThat(escalations(name)).as("escalated once per run of misses").hasSize(1);
        assertThat(reminders(name, "sai-gon-leader")).hasSize(2);
        assertThat(pi).hasPassed(RANK_UNITS).isWaitingAt(PROPOSE);
        assertThat(kit.reportTasks(pid)).isEmpty();
        assertThat(kit.report("ben-thanh-leader", id, "ben-thanh", 50, 50, 1600, null).getStatusCode().value())
                .as("no reports after the deadline").isEqualTo(409);

        // ranking: same rate 100%, earlier first-reached date first; the unit that never reported last
        Map<String, Object> ranking = kit.get("campaign-owner", "/api/staff/campaigns/" + id + "/ranking").getBody();
        assertThat(ranking).containsEntry("frozen", true);
        assertThat(codes(ranking.get("places"))).containsExactly("ben-thanh", "tan-dinh", "cau-ong-lanh", "sai-gon");
        Task propose = taskService.createTaskQuery().processInstanceId(pid).taskDefinitionKey(PROPOSE).singleResult();
        assertThat(propose).hasCandidateGroup("campaign-owners");
        assertThat(taskService.getVariable(propose.getId(), UNIT_CODES)).as("top 2 pre-selected")
                .isEqualTo("Phường Bến Thành\nPhường Tân Định");
        assertThat((String) taskService.getVariable(propose.getId(), "rankingSummary"))
                .contains("1. Phường Bến Thành (ben-thanh): 100.0% (50/50)").contains("chưa báo cáo");

        // proposal edited; wrong step and wrong people refused
        assertThat(kit.decide("city-leader", id, true, null).getStatusCode().value()).isEqualTo(409);
        assertThat(kit.propose("ben-thanh-leader", id, List.of("ben-thanh")).getStatusCode().value()).isEqualTo(403);
        assertThat(kit.propose("campaign-owner", id, List.of("ben-thanh", "cau-ong-lanh")).getStatusCode().value())
                .isEqualTo(200);
        assertThat(pi).isWaitingAt(APPROVE);
        assertThat(commendations.commendedUnits(id)).containsExactly("ben-thanh", "cau-ong-lanh");
        assertThat(kit.propose("campaign-owner", id, List.of("ben-thanh")).getStatusCode().value()).isEqualTo(409);
        assertThat(kit.decide("campaign-owner", id, true, null).getStatusCode().value()).isEqualTo(403);

        // refused with a comment: back to the proposal, which shows the comment and the last proposal
        assertThat(kit.decide("city-leader", id, false, null).getStatusCode().value())
                .as("a refusal needs a comment").isEqualTo(400);
        assertThat(pi).isWaitingAt(APPROVE);
        assertThat(kit.decide("city-leader", id, false, "Xếp theo bảng xếp hạng / follow the ranking")
                .getStatusCode().value()).isEqualTo(200);
        assertThat(pi).isWaitingAt(PROPOSE);
        Task again = taskService.createTaskQuery().processInstanceId(pid).taskDefinitionKey(PROPOSE).singleResult();
        assertThat(taskService.getVariable(again.getId(), "lastComment")).isEqualTo("Xếp theo bảng xếp hạng / follow the ranking");
        assertThat(taskService.getVariable(again.getId(), UNIT_CODES)).as("the last proposal, by name")
                .isEqualTo("Phường Bến Thành\nPhường Cầu Ông Lãnh");
        assertThat(kit.get(null, "/api/campaigns/" + id).getStatusCode().value()).isEqualTo(404);

        // redone in the Tasklist form, by name, and approved: published
        taskService.complete(again.getId(), Map.of(UNIT_CODES, "Phường Bến Thành\nPhường Tân Định"));
        assertThat(commendations.commendedUnits(id)).as("the form's names").containsExactly("ben-thanh", "tan-dinh");
        assertThat(kit.decide("city-leader", id, true, "Đồng ý").getStatusCode().value()).isEqualTo(200);
        assertThat(pi).hasPassed(PUBLISH).isEnded();
        assertThat(commendations.decisions(id)).extracting(CommendationDecision::getKind).containsExactly(
                CommendationDecision.Kind.PROPOSAL, CommendationDecision.Kind.APPROVAL,
                CommendationDecision.Kind.PROPOSAL, CommendationDecision.Kind.APPROVAL);

        assertThat(rest.getForObject("/api/campaigns", com.fasterxml.jackson.databind.JsonNode.class))
                .as("in the public list of campaigns").anySatisfy(c -> assertThat(c.get("id").asLong()).isEqualTo(id));
        Map<String, Object> published = kit.get(null, "/api/campaigns/" + id).getBody();
        assertThat(published).containsEntry("name", name);
        assertThat(codes(published.get("ranking"))).containsExactly("ben-thanh", "tan-dinh", "cau-ong-lanh", "sai-gon");
        assertThat(codes(published.get("commended"))).containsExactly("ben-thanh", "tan-dinh");
        assertThat(published.toString()).doesNotContain("ben-thanh-leader").as("no reporter names in public");
    }

    @Test
    void taskCompletedInTasklistStoresTheFormFiguresAndRefusesEmptyOnes() {
        Long id = kit.create(kit.newCampaign("Tasklist " + System.nanoTime(), List.of("phu-nhuan"), WEEK, 1)).id();
        String pid = campaigns.campaign(id).getProcessInstanceId();
        kit.runDueJobs(pid);
        Task task = kit.reportTask(pid, "phu-nhuan");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> taskService.complete(task.getId()))
                .hasMessageContaining("headcount");
        assertThat(kit.reportTask(pid, "phu-nhuan")).as("still open").isNotNull();

        taskService.complete(task.getId(), Map.of(HEADCOUNT, 20L, STAFF_INSTALLED, 20L, RESIDENTS_REACHED, 5L));
        assertThat(progressReports.latestReport(id, "phu-nhuan")).hasValueSatisfying(r -> {
            assertThat(r.getStaffInstalled()).isEqualTo(20);
            assertThat(r.getPeriodNo()).isEqualTo(1);
        });
        assertThat(runtimeService.getVariables(pid)).as("figures leave the process with the task")
                .doesNotContainKeys(HEADCOUNT, STAFF_INSTALLED, RESIDENTS_REACHED, NOTE);
        assertThat(campaigns.unit(id, "phu-nhuan").getFirstReachedAt()).isEqualTo(kit.t0);

        // one period only: at the deadline the unit is ranked and the owners propose
        kit.at(WEEK);
        kit.runDueJobs(pid);
        ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceId(pid).singleResult();
        assertThat(pi).isWaitingAt(PROPOSE);
    }

    private List<MimeMessage> reminders(String campaignName, String userId) throws Exception {
        deliveries().deliver("adoption:");
        return Arrays.stream(mail.getReceivedMessagesForDomain(userId + "@demo.feedback.local"))
                .filter(m -> subjectOf(m).contains("Nhắc báo cáo")).filter(m -> bodyOf(m).contains(campaignName))
                .toList();
    }

    private List<MimeMessage> escalations(String campaignName) {
        deliveries().deliver("adoption:");
        return Arrays.stream(mail.getReceivedMessagesForDomain("campaign-owner@demo.feedback.local"))
                .filter(m -> bodyOf(m).contains(campaignName)).toList();
    }

    private MailDeliveries deliveries() {
        return new MailDeliveries(mailWorker, externalTaskService, jdbc);
    }

    private static String subjectOf(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String bodyOf(MimeMessage m) {
        try {
            return (String) m.getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> codes(Object places) {
        return ((List<Map<String, Object>>) places).stream().map(p -> (String) p.get("unitCode")).toList();
    }
}
