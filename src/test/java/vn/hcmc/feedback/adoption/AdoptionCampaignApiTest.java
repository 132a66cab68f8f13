package vn.hcmc.feedback.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hcmc.feedback.adoption.CampaignTestKit.WEEK;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import vn.hcmc.feedback.support.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** The staff and public API: who may do what (403), at which step (409), and bad input (400) that stores nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdoptionCampaignApiTest {

    @RegisterExtension
    static GreenMailExtension mail = TestMail.server();

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ManagementService managementService;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    Campaigns campaigns;
    @Autowired
    ProgressReports progressReports;
    @Autowired
    Commendations commendations;
    @Autowired
    CampaignRepository campaignRepository;
    @Autowired
    ProgressReportRepository reportRepository;

    CampaignTestKit kit;

    @BeforeEach
    void setUp() {
        kit = new CampaignTestKit(rest, managementService, taskService);
    }

    @AfterEach
    void resetClock() {
        kit.cleanUp(runtimeService);
    }

    @Test
    @SuppressWarnings("unchecked")
    void creationIsForCampaignOwnersAndRefusesBadInputWithoutStoringAnything() {
        Map<String, Object> good = kit.newCampaign("Tạo " + System.nanoTime(), List.of("ben-thanh"), WEEK, 1);
        long campaignsBefore = campaignRepository.count();
        long instancesBefore = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(AdoptionProcess.PROCESS_ID).count();

        assertThat(kit.post("ben-thanh-leader", "/api/staff/campaigns", good).getStatusCode().value()).isEqualTo(403);
        assertThat(rest.postForEntity("/api/staff/campaigns", good, String.class).getStatusCode().value())
                .isEqualTo(401);
        assertProblem(changed(good, "unitCodes", List.of("ben-thanh", "no-such-ward")), 400, "unknown-unit");
        assertProblem(changed(good, "unitCodes", List.of("ben-thanh", "ben-thanh")), 400, "duplicate-unit");
        assertProblem(changed(good, "allUnits", true), 400, "participants-unclear");
        assertProblem(changed(changed(good, "unitCodes", null), "unitKinds", List.of("DISTRICT")), 400,
                "unknown-unit-kind");
        assertProblem(changed(good, "deadline", kit.t0.minus(Duration.ofDays(1)).toString()), 400,
                "deadline-too-early");
        assertProblem(changed(good, "reportingPeriod", "weekly"), 400, "invalid-reporting-period");
        assertProblem(changed(good, "reportingPeriod", "P1M"), 400, "invalid-reporting-period");
        assertProblem(changed(good, "reportingPeriod", "PT1M"), 400, "invalid-reporting-period");
        assertProblem(changed(good, "commendCount", 2), 400, "too-many-commendations");
        assertProblem(changed(good, "staffTargetPercent", 120), 400, "validation-failed");
        assertProblem(changed(good, "name", " "), 400, "validation-failed");
        assertProblem(changed(good, "residentTargets", Map.of("tan-dinh", 100)), 400, "resident-target-unknown-unit");
        assertProblem(changed(good, "residentTargets", Map.of("ben-thanh", -1)), 400, "resident-target-negative");
        assertThat(campaignRepository.count()).isEqualTo(campaignsBefore);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(AdoptionProcess.PROCESS_ID)
                .count()).isEqualTo(instancesBefore);

        // by kind, with defaults: every commune takes part, 100% target, weekly
        Map<String, Object> byKind = new LinkedHashMap<>(good);
        byKind.remove("unitCodes");
        byKind.remove("reportingPeriod");
        byKind.put("unitKinds", List.of("COMMUNE"));
        byKind.put("deadline", kit.t0.plus(Duration.ofDays(30)).toString());
        ResponseEntity<Map<String, Object>> created = kit.post("campaign-owner", "/api/staff/campaigns", byKind);
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        assertThat(created.getBody()).containsEntry("staffTargetPercent", 100.0).containsEntry("reportingPeriod",
                "P7D").containsEntry("periods", 5).containsEntry("status", "RUNNING");
        assertThat((List<Object>) created.getBody().get("unitCodes")).contains("cu-chi", "binh-chanh", "can-gio")
                .doesNotContain("ben-thanh");
    }

    @Test
    void reportsAreCheckedAndBadOnesStoreNothing() {
        Map<String, Object> body = kit.newCampaign("Báo cáo " + System.nanoTime(), List.of("go-vap", "tan-binh"),
                WEEK.multipliedBy(2), 1);
        body.put("residentTargets", Map.of("go-vap", 1000));
        Long id = kit.create(body).id();
        String pid = campaigns.campaign(id).getProcessInstanceId();
        kit.runDueJobs(pid);
        long before = reportRepository.countByCampaignId(id);

        // outsiders: another unit's leader, the unit's own staff, a campaign owner
        assertProblem(kit.report("tan-binh-leader", id, "go-vap", 10, 5, 0, null), 403, "not-allowed");
        assertProblem(kit.report("go-vap-staff", id, "go-vap", 10, 5, 0, null), 403, "not-allowed");
        assertProblem(kit.report("campaign-owner", id, "go-vap", 10, 5, 0, null), 403, "not-allowed");
        // invalid figures
        assertProblem(kit.report("go-vap-leader", id, "go-vap", 10, 11, 0, null), 400, "invalid-figures");
        assertProblem(kit.report("go-vap-leader", id, "go-vap", 10, -1, 0, null), 400, "invalid-figures");
        assertProblem(kit.report("go-vap-leader", id, "go-vap", 0, 0, 0, null), 400, "invalid-figures");
        assertProblem(kit.report("go-vap-leader", id, "go-vap", 10, 5, -3, null), 400, "invalid-figures");
        assertProblem(kit.post("go-vap-leader", "/api/staff/campaigns/" + id + "/reports",
                Map.of("unitCode", "go-vap", "headcount", 10)), 400, "validation-failed");
        // a unit outside the campaign, a campaign that does not exist
        assertProblem(kit.report("ben-thanh-leader", id, "ben-thanh", 10, 5, 0, null), 400, "unit-not-in-campaign");
        assertProblem(kit.report("go-vap-leader", 987654321L, "go-vap", 10, 5, 0, null), 404, "campaign-not-found");
        assertThat(reportRepository.countByCampaignId(id)).isEqualTo(before);
        assertThat(kit.reportTask(pid, "go-vap")).as("the task stays open").isNotNull();

        // a good report; staff reached the target but residents did not: below target
        ResponseEntity<Map<String, Object>> ok = kit.report("go-vap-leader", id, "go-vap", 10, 10, 400, null);
        assertThat(ok.getStatusCode().value()).isEqualTo(201);
        assertThat(ok.getBody()).containsEntry("periodNo", 1).containsEntry("staffRate", 100.0)
                .containsEntry("reportedBy", "go-vap-leader");
        assertThat(progressReports.isBelowTarget(id, "go-vap")).isTrue();
        assertProblem(kit.report("go-vap-leader", id, "go-vap", 10, 10, 500, null), 409, "no-open-period");

        // next period: lower figures need an explanation
        kit.at(WEEK);
        kit.runDueJobs(pid);
        long afterFirst = reportRepository.countByCampaignId(id);
        ResponseEntity<Map<String, Object>> lower = kit.report("go-vap-leader", id, "go-vap", 10, 8, 300, null);
        assertProblem(lower, 400, "figures-lower-without-note");
        assertThat(lower.getBody().toString()).contains("staffInstalled").contains("residentsReached");
        assertThat(reportRepository.countByCampaignId(id)).isEqualTo(afterFirst);
        assertThat(kit.report("go-vap-leader", id, "go-vap", 10, 8, 300,
                "Hai cán bộ đổi điện thoại / two officials changed phones").getStatusCode().value()).isEqualTo(201);

        // progress over time and the provisional ranking, for owners, city leaders and managers only
        ResponseEntity<Map<String, Object>> progress = kit.get("manager", "/api/staff/campaigns/" + id + "/progress");
        assertThat(progress.getStatusCode().value()).isEqualTo(200);
        assertThat(progress.getBody().toString()).contains("go-vap").contains("periodNo=2").contains("missedPeriods=1");
        assertThat(kit.get("go-vap-leader", "/api/staff/campaigns/" + id + "/progress").getStatusCode().value())
                .isEqualTo(403);
        Map<String, Object> ranking = kit.get("city-leader", "/api/staff/campaigns/" + id + "/ranking").getBody();
        assertThat(ranking).containsEntry("frozen", false);
        ResponseEntity<String> csv = rest.withBasicAuth("campaign-owner", "campaign-owner")
                .exchange("/api/staff/campaigns/" + id + "/progress.csv", HttpMethod.GET, null, String.class);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getBody()).contains("unit_code,unit_name,period").contains("go-vap,Phường Gò Vấp,1,")
                .contains("Hai cán bộ đổi điện thoại / two officials changed phones");
        String rankingCsv = rest.withBasicAuth("campaign-owner", "campaign-owner")
                .getForObject("/api/staff/campaigns/" + id + "/ranking.csv", String.class);
        assertThat(rankingCsv.lines()).hasSize(3);
        assertThat(rankingCsv.lines().skip(1).findFirst().orElseThrow()).startsWith("1,go-vap,Phường Gò Vấp,true,10,8,80.00");

        // wrong step: no proposal or decision while units are reporting; nothing public
        assertProblem(kit.propose("campaign-owner", id, List.of("go-vap")), 409, "not-proposing");
        assertProblem(kit.decide("city-leader", id, true, null), 409, "not-approving");
        assertThat(kit.get(null, "/api/campaigns/" + id).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void proposalsAreChecked() {
        Long id = kit.create(kit.newCampaign("Đề xuất " + System.nanoTime(), List.of("thu-duc", "linh-xuan"), WEEK, 1))
                .id();
        String pid = campaigns.campaign(id).getProcessInstanceId();
        kit.runDueJobs(pid);
        kit.report("thu-duc-leader", id, "thu-duc", 10, 9, 0, null);
        kit.at(WEEK);
        kit.runDueJobs(pid);
        Task propose = taskService.createTaskQuery().processInstanceId(pid)
                .taskDefinitionKey(AdoptionProcess.PROPOSE).singleResult();
        assertThat(propose).isNotNull();
        assertThat(taskService.getVariable(propose.getId(), AdoptionProcess.UNIT_CODES))
                .as("units without a report are not pre-selected").isEqualTo("Phường Thủ Đức");

        assertProblem(kit.propose("campaign-owner", id, List.of()), 400, "validation-failed");
        assertProblem(kit.propose("campaign-owner", id, List.of("ben-thanh")), 400, "unit-not-in-campaign");
        assertProblem(kit.propose("campaign-owner", id, List.of("thu-duc", "thu-duc")), 400, "duplicate-unit");
        assertProblem(kit.propose("city-leader", id, List.of("thu-duc")), 403, "not-allowed");
        assertThat(commendations.commendedUnits(id)).isEmpty();
        assertThat(taskService.createTaskQuery().taskId(propose.getId()).count()).isEqualTo(1);
        assertThat(kit.propose("campaign-owner", id, List.of("linh-xuan", "thu-duc")).getStatusCode().value())
                .isEqualTo(200);
        assertThat(commendations.commendedUnits(id)).containsExactly("linh-xuan", "thu-duc");
        assertProblem(kit.decide("city-leader", id, false, "  "), 400, "comment-required");
        assertProblem(kit.post("city-leader", "/api/staff/campaigns/" + id + "/approval", Map.of("comment", "x")),
                400, "validation-failed");
        assertThat(commendations.decisions(id)).hasSize(1);
    }

    private void assertProblem(Map<String, Object> body, int status, String slug) {
        assertProblem(kit.post("campaign-owner", "/api/staff/campaigns", body), status, slug);
    }

    private static void assertProblem(ResponseEntity<Map<String, Object>> response, int status, String slug) {
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(status);
        assertThat(response.getBody()).containsEntry("type", "urn:feedback:problem:" + slug);
    }

    private static Map<String, Object> changed(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(key, value);
        return copy;
    }
}
