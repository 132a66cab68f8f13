package vn.hcmc.feedback.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hcmc.feedback.survey.SurveyTestSupport.answers;
import static vn.hcmc.feedback.survey.SurveyTestSupport.submission;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The aggregation at closing: counts and percentages, means and distributions, the per-unit breakdown, free text. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SurveyResultsTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void resultsAreAggregatedAtClosing() {
        SurveyTestSupport support = new SurveyTestSupport(rest, management, jdbc);
        long id = support.openSurvey("IDENTIFIED", null);
        List<Map<String, Object>> submissions = List.of(
                submission("r1@x.vn", "ben-thanh", answers("q1", "yes", "q2", List.of("r1", "r2"), "q3", 5, "q4", 10,
                        "q5", "Tốt, nên giữ tuyến")),
                submission("r2@x.vn", "ben-thanh", answers("q1", "yes", "q2", List.of("r1"), "q3", 4, "q4", 20)),
                submission("r3@x.vn", "tan-dinh", answers("q1", "no", "q3", 1, "q5", "Xe hay trễ, gọi tôi 0912 345 678 hoặc an@gmail.com")),
                submission("r4@x.vn", "tan-dinh", answers("q1", "no", "q3", 2, "q4", 100)));
        for (Map<String, Object> s : submissions) {
            assertThat(support.answer(id, s).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        }
        support.call(SurveyTestSupport.OWNER, HttpMethod.POST, "/api/staff/surveys/" + id + "/close", null);
        support.executeJob(support.processInstance(id), SurveyProcess.TASK_AGGREGATE);

        ResponseEntity<Map<String, Object>> r = support.call(SurveyTestSupport.OWNER, HttpMethod.GET,
                "/api/staff/surveys/" + id + "/results", null);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> results = r.getBody();
        assertThat(results).containsEntry("answerCount", 4);
        List<Map<String, Object>> questions = (List<Map<String, Object>>) results.get("questions");
        Map<String, Object> q1 = questions.get(0);
        assertThat(q1).containsEntry("respondents", 4);
        assertThat((List<Map<String, Object>>) q1.get("choices")).extracting(c -> c.get("id"), c -> c.get("count"),
                c -> c.get("percent")).containsExactly(org.assertj.core.groups.Tuple.tuple("yes", 2, 50.0),
                org.assertj.core.groups.Tuple.tuple("no", 2, 50.0));
        Map<String, Object> q2 = questions.get(1);
        assertThat(q2).containsEntry("respondents", 2);
        assertThat((List<Map<String, Object>>) q2.get("choices")).extracting(c -> c.get("count"), c -> c.get("percent"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, 100.0), org.assertj.core.groups.Tuple.tuple(1, 50.0),
                        org.assertj.core.groups.Tuple.tuple(0, 0.0));
        Map<String, Object> q3 = questions.get(2);
        assertThat(q3).containsEntry("respondents", 4).containsEntry("mean", 3.0).containsEntry("min", 1.0)
                .containsEntry("max", 5.0);
        assertThat((List<Map<String, Object>>) q3.get("distribution")).extracting(b -> b.get("count"))
                .containsExactly(1, 1, 0, 1, 1);
        Map<String, Object> q4 = questions.get(3);
        assertThat(q4).containsEntry("respondents", 3).containsEntry("mean", 43.33);
        List<Map<String, Object>> buckets = (List<Map<String, Object>>) q4.get("distribution");
        assertThat(buckets).hasSize(10);
        assertThat(buckets).extracting(b -> b.get("count")).containsExactly(0, 1, 1, 0, 0, 0, 0, 0, 0, 1);
        Map<String, Object> q5 = questions.get(4);
        assertThat(q5).containsEntry("textCount", 2);
        List<String> texts = (List<String>) q5.get("texts");
        assertThat(texts).hasSize(2).first().isEqualTo("Tốt, nên giữ tuyến");
        assertThat(texts.get(1)).startsWith("Xe hay trễ").contains("[số điện thoại]", "[email]")
                .doesNotContain("345", "gmail");
        assertThat(jdbc.queryForList("select free_text from survey_answer_item where survey_id = ? and free_text "
                + "is not null", String.class, id)).as("raw personal data is never stored")
                .noneMatch(t -> t.contains("345") || t.contains("gmail"));

        List<Map<String, Object>> units = (List<Map<String, Object>>) results.get("units");
        assertThat(units).extracting(u -> u.get("unit"), u -> u.get("answerCount"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ben-thanh", 2),
                        org.assertj.core.groups.Tuple.tuple("tan-dinh", 2));
        assertThat(units.get(0)).containsEntry("nameVi", "Phường Bến Thành");
        assertThat((Map<String, Object>) units.get(0).get("choices")).containsEntry("q1", Map.of("yes", 2))
                .containsEntry("q2", Map.of("r1", 2, "r2", 1));
        assertThat((Map<String, Object>) units.get(0).get("means")).containsEntry("q3", 4.5).containsEntry("q4", 15.0);
        assertThat((Map<String, Object>) units.get(1).get("means")).containsEntry("q3", 1.5);
    }
}
