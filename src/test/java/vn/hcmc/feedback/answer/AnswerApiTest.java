package vn.hcmc.feedback.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.hcmc.feedback.attachment.SampleFiles;
import vn.hcmc.feedback.report.ReportClient;
import vn.hcmc.feedback.report.process.CitizenReportProcess;
import vn.hcmc.feedback.report.process.ReportHandlingProcess;

/** The staff answer API and the rating API refuse what they must, and change nothing when they do. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnswerApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    TaskService taskService;

    ReportClient client;
    AnswerTestKit kit;

    @BeforeEach
    void setUp() {
        client = new ReportClient(rest, jdbc);
        kit = new AnswerTestKit(client);
    }

    record Submitted(String code, String token) {
    }

    Submitted submit(boolean routed) {
        Map<String, Object> body = ReportClient.report(ReportClient.marker());
        body.remove("reporter");
        JsonNode created = client.postJson(body, null).getBody();
        String code = created.get("trackingCode").asText();
        if (routed) {
            ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code)
                    .singleResult();
            managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId())
                    .activityId(CitizenReportProcess.START).singleResult().getId());
        }
        return new Submitted(code, created.get("accessToken").asText());
    }

    long proposals(String code) {
        return jdbc.queryForObject("select count(*) from answer_proposal p join report r on r.id = p.report_id "
                + "where r.tracking_code = ?", Long.class, code);
    }

    long handlingTasks(String code) {
        return taskService.createTaskQuery().processInstanceBusinessKey(code)
                .taskDefinitionKey(ReportHandlingProcess.TASK_HANDLE_REPORT).count();
    }

    @Test
    void outsidersWrongStatesAndBadAnswersChangeNothing() {
        Submitted waiting = submit(false);
        assertThat(AnswerTestKit.problem(kit.propose("ben-thanh-staff", waiting.code(),
                AnswerTestKit.answer("resolved", "Đã thu gom."), List.of()))).isEqualTo("409 not-assigned");

        Submitted s = submit(true);
        assertThat(handlingTasks(s.code())).isEqualTo(1);
        assertThat(AnswerTestKit.problem(kit.propose("tan-dinh-staff", s.code(),
                AnswerTestKit.answer("resolved", "Đã thu gom."), List.of()))).isEqualTo("403 not-allowed");
        assertThat(AnswerTestKit.problem(kit.propose("nobody", s.code(),
                AnswerTestKit.answer("resolved", "Đã thu gom."), List.of()))).startsWith("401");
        assertThat(AnswerTestKit.problem(kit.propose("ben-thanh-staff", s.code(),
                AnswerTestKit.answer("not_within_competence", "Không thuộc thẩm quyền."), List.of())))
                .isEqualTo("400 competent-body-required");
        assertThat(AnswerTestKit.problem(kit.propose("ben-thanh-staff", s.code(),
                AnswerTestKit.answer("resolved", ""), List.of()))).isEqualTo("400 answer-text-required");
        assertThat(AnswerTestKit.problem(kit.propose("ben-thanh-staff", s.code(),
                AnswerTestKit.answer("resolved", "Đã thu gom."),
                List.of(new ReportClient.File("a.txt", "image/png", "not a photo".getBytes())))))
                .isEqualTo("415 unsupported-attachment-type");
        assertThat(AnswerTestKit.problem(kit.decide("ben-thanh-leader", s.code(), true, null)))
                .isEqualTo("409 no-answer-awaiting-approval");
        assertThat(AnswerTestKit.problem(kit.decide("ben-thanh-staff", s.code(), true, null)))
                .isEqualTo("403 not-allowed");
        assertThat(AnswerTestKit.problem(kit.preview("ben-thanh-staff", s.code()))).isEqualTo("404 no-answer");
        assertThat(AnswerTestKit.problem(kit.preview("tan-dinh-staff", s.code()))).isEqualTo("403 not-allowed");
        assertThat(proposals(s.code())).isZero();
        assertThat(handlingTasks(s.code())).as("the unit still has its task").isEqualTo(1);
        assertThat(jdbc.queryForObject("select status from report where tracking_code = ?", String.class,
                s.code())).isEqualTo("ASSIGNED");

        var proposed = kit.propose("ben-thanh-staff", s.code(), AnswerTestKit.answer("resolved", "Đã thu gom."),
                List.of(new ReportClient.File("sau.png", "image/png", SampleFiles.png())));
        assertThat(proposed.getStatusCode().value()).isEqualTo(201);
        assertThat(proposed.getBody().get("version").asInt()).isEqualTo(1);
        assertThat(handlingTasks(s.code())).as("the handling task is completed").isZero();
        assertThat(AnswerTestKit.problem(kit.propose("ben-thanh-staff", s.code(),
                AnswerTestKit.answer("resolved", "Lần nữa."), List.of()))).isEqualTo("409 not-in-handling");
        JsonNode preview = kit.preview("ben-thanh-leader", s.code()).getBody();
        assertThat(preview.get("answer").get("published").asText()).isEqualTo("Đã thu gom.");
        assertThat(preview.get("evidence")).hasSize(1);
        String evidenceUrl = preview.get("evidence").get(0).get("url").asText();
        assertThat(rest.withBasicAuth("ben-thanh-leader", "ben-thanh-leader").getForEntity(evidenceUrl, byte[].class)
                .getStatusCode().value()).isEqualTo(200);
        assertThat(rest.withBasicAuth("tan-dinh-staff", "tan-dinh-staff").getForEntity(evidenceUrl, byte[].class)
                .getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void ratingNeedsTheTokenAPublishedAnswerAndAValidScore() {
        Submitted s = submit(true);
        assertThat(AnswerTestKit.problem(kit.rate(s.code(), null, 5, null))).isEqualTo("403 invalid-report-token");
        assertThat(AnswerTestKit.problem(kit.rate(s.code(), "wrong-token", 5, null)))
                .isEqualTo("403 invalid-report-token");
        assertThat(AnswerTestKit.problem(kit.rate(s.code(), s.token(), 9, null))).isEqualTo("400 invalid-score");
        assertThat(AnswerTestKit.problem(kit.rate(s.code(), s.token(), 5, null))).isEqualTo("409 not-ratable");
        assertThat(AnswerTestKit.problem(kit.rate("PA-26-ZZZZZZ", s.token(), 5, null)))
                .isEqualTo("404 report-not-found");

        Map<String, Object> hidden = ReportClient.report(ReportClient.marker());
        hidden.remove("reporter");
        hidden.put("publicVisible", false);
        String hiddenCode = client.postJson(hidden, null).getBody().get("trackingCode").asText();
        assertThat(AnswerTestKit.problem(kit.rate(hiddenCode, "wrong-token", 5, null)))
                .isEqualTo("404 report-not-found");
        assertThat(jdbc.queryForObject("select count(*) from answer_rating r join report p on p.id = r.report_id "
                + "where p.tracking_code in (?, ?)", Long.class, s.code(), hiddenCode)).isZero();
    }
}
