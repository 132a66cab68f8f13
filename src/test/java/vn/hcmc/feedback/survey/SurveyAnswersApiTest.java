package vn.hcmc.feedback.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hcmc.feedback.survey.SurveyTestSupport.answers;
import static vn.hcmc.feedback.survey.SurveyTestSupport.design;
import static vn.hcmc.feedback.survey.SurveyTestSupport.now;
import static vn.hcmc.feedback.survey.SurveyTestSupport.submission;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The citizens' answers: every question type valid and invalid, conditions, duplicates, the window; nothing stored on errors. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SurveyAnswersApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcTemplate jdbc;

    SurveyTestSupport support;

    @BeforeEach
    void setUp() {
        support = new SurveyTestSupport(rest, management, jdbc);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    /** Submits and expects a 400 naming the given fragments, with nothing stored. */
    void refused(long id, Map<String, Object> submission, HttpStatus status, String... fragments) {
        long answers = support.answerRows(id);
        long items = support.itemRows(id);
        ResponseEntity<Map<String, Object>> r = support.answer(id, submission);
        assertThat(r.getStatusCode()).as("%s", r.getBody()).isEqualTo(status);
        assertThat(r.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        for (String fragment : fragments) {
            assertThat((String) r.getBody().get("detail")).contains(fragment);
        }
        assertThat(support.answerRows(id)).as("answers stored").isEqualTo(answers);
        assertThat(support.itemRows(id)).as("values stored").isEqualTo(items);
    }

    void accepted(long id, Map<String, Object> submission) {
        ResponseEntity<Map<String, Object>> r = support.answer(id, submission);
        assertThat(r.getStatusCode()).as("%s", r.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(r.getBody()).containsEntry("surveyId", (int) id);
    }

    @Test
    void everyQuestionTypeAcceptsValidAnswersAndStoresThemAsRows() {
        long id = support.openSurvey("IDENTIFIED", null);
        accepted(id, submission("full@x.vn", "ben-thanh", answers("q1", "yes", "q2", List.of("r1", "r3"), "q3", 5,
                "q4", 12, "q5", "Nên thêm chuyến buổi tối")));
        assertThat(support.answerRows(id)).isEqualTo(1);
        assertThat(support.itemRows(id)).as("q1, two of q2, q3, q4, q5").isEqualTo(6);
        assertThat(jdbc.queryForList("select respondent_key from survey_answer where survey_id = ?", String.class, id))
                .singleElement().asString().hasSize(64).doesNotContain("full").matches("[0-9a-f]{64}");
        // optional questions may be left out
        accepted(id, submission("min@x.vn", "ben-thanh", answers("q1", "no", "q3", 1)));
        assertThat(support.answerRows(id)).isEqualTo(2);
    }

    @Test
    void invalidAnswersAreAllNamedAndNothingIsStored() {
        long id = support.openSurvey("IDENTIFIED", null);
        refused(id, submission("bad@x.vn", "ben-thanh", answers("q1", "maybe", "q3", 6, "q4", 101, "q5",
                "x".repeat(201), "q9", 1)), HttpStatus.BAD_REQUEST,
                "q1: must be one of [yes, no]", "q3: a rating must be a whole number from 1 to 5",
                "q4: must be between 0 and 100", "q5: at most 200 characters", "q9: there is no such question");
        refused(id, submission("bad@x.vn", "ben-thanh", answers("q1", "yes", "q2", List.of("r1", "r2", "r3"), "q3", 3)),
                HttpStatus.BAD_REQUEST, "q2: select from 1 to 2 choices (got 3)");
        refused(id, submission("bad@x.vn", "ben-thanh", answers("q1", "yes", "q2", List.of("r1", "r1"), "q3", 3)),
                HttpStatus.BAD_REQUEST, "q2: 'r1' is selected twice");
        refused(id, submission("bad@x.vn", "ben-thanh", answers("q1", "yes", "q2", List.of("r7"), "q3", 3)),
                HttpStatus.BAD_REQUEST, "q2: 'r7' is not one of [r1, r2, r3]");
        refused(id, submission("bad@x.vn", "ben-thanh", answers("q1", "yes", "q2", "r1", "q3", 3)),
                HttpStatus.BAD_REQUEST, "q2: must be a list of choices");
        refused(id, submission("bad@x.vn", "ben-thanh", answers("q1", List.of("yes"), "q3", 2.5)),
                HttpStatus.BAD_REQUEST, "q1: must be one of", "q3: a rating must be a whole number");
        refused(id, submission("bad@x.vn", "ben-thanh", answers("q1", "no", "q3", 3, "q4", 2.5)),
                HttpStatus.BAD_REQUEST, "q4: must be a whole number");
        refused(id, submission("bad@x.vn", "ben-thanh", answers("q1", "no", "q3", 3, "q4", "ten", "q5", 7)),
                HttpStatus.BAD_REQUEST, "q4: must be a number", "q5: must be text");
        refused(id, submission("bad@x.vn", "ben-thanh", answers("q4", 3)), HttpStatus.BAD_REQUEST,
                "q1: an answer is required", "q3: an answer is required");
        // respondent and unit
        refused(id, submission("not-an-email", "ben-thanh", answers("q1", "no", "q3", 3)), HttpStatus.BAD_REQUEST,
                "is not an e-mail address");
        refused(id, submission(null, "ben-thanh", answers("q1", "no", "q3", 3)), HttpStatus.BAD_REQUEST,
                "exactly one of email and phone");
        refused(id, submission("a@x.vn", "quan-1", answers("q1", "no", "q3", 3)), HttpStatus.BAD_REQUEST,
                "'quan-1' is not a unit code");
        Map<String, Object> noAnswers = submission("a@x.vn", "ben-thanh", null);
        refused(id, noAnswers, HttpStatus.BAD_REQUEST);
        assertThat(support.answerRows(id)).isZero();
    }

    @Test
    void conditionalQuestionIsRequiredOnlyWhenShownAndRefusedWhenHidden() {
        long id = support.openSurvey("IDENTIFIED", null);
        refused(id, submission("c1@x.vn", "ben-thanh", answers("q1", "yes", "q3", 4)), HttpStatus.BAD_REQUEST,
                "q2: an answer is required");
        refused(id, submission("c1@x.vn", "ben-thanh", answers("q1", "no", "q2", List.of("r1"), "q3", 4)),
                HttpStatus.BAD_REQUEST, "q2: is shown only when q1 is 'yes'; leave it out");
        accepted(id, submission("c1@x.vn", "ben-thanh", answers("q1", "no", "q3", 4)));
        accepted(id, submission("c2@x.vn", "ben-thanh", answers("q1", "yes", "q2", List.of("r2"), "q3", 4)));
    }

    @Test
    void oneAnswerPerRespondentWhateverTheSpellingOfTheContact() {
        long id = support.openSurvey("IDENTIFIED", null);
        accepted(id, submission("Nguyen.An@Example.vn", "ben-thanh", answers("q1", "no", "q3", 4)));
        refused(id, submission("  nguyen.an@example.VN ", "tan-dinh", answers("q1", "yes", "q2", List.of("r1"),
                "q3", 1)), HttpStatus.CONFLICT, "already answered");
        Map<String, Object> byPhone = submission(null, "ben-thanh", answers("q1", "no", "q3", 4));
        byPhone.put("phone", "+84 912 345 678");
        accepted(id, byPhone);
        Map<String, Object> samePhone = submission(null, "ben-thanh", answers("q1", "no", "q3", 2));
        samePhone.put("phone", "0912.345.678");
        refused(id, samePhone, HttpStatus.CONFLICT, "already answered");
        assertThat(support.answerRows(id)).isEqualTo(2);
    }

    @Test
    void concurrentDuplicatesAreRefusedByTheDatabase() throws Exception {
        long id = support.openSurvey("IDENTIFIED", null);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<HttpStatus>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                calls.add(() -> HttpStatus.valueOf(support.answer(id, submission("race@x.vn", "ben-thanh",
                        answers("q1", "no", "q3", 3))).getStatusCode().value()));
            }
            List<HttpStatus> statuses = new ArrayList<>();
            for (Future<HttpStatus> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            assertThat(statuses).filteredOn(s -> s == HttpStatus.CREATED).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == HttpStatus.CONFLICT).hasSize(15);
        } finally {
            pool.shutdownNow();
        }
        assertThat(support.answerRows(id)).isEqualTo(1);
        assertThat(support.itemRows(id)).isEqualTo(2);
    }

    /**
     * Many respondents at once, each twice: on PostgreSQL they are stored in shared transactions (group commit), so
     * this checks that each stored answer keeps its own values and that the second answer of each is refused.
     */
    @Test
    void answersArrivingTogetherKeepTheirOwnValues() throws Exception {
        long id = support.openSurvey("IDENTIFIED", null);
        int respondents = 24;
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Callable<HttpStatus>> calls = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                for (int i = 0; i < respondents; i++) {
                    int rating = 1 + i % 5;
                    // q4 = 10 × q3, q5 names the rating: each answer's rows must agree with one another
                    Map<String, Object> answer = submission("together-" + i + "@x.vn", "ben-thanh",
                            answers("q1", "no", "q3", rating, "q4", 10 * rating, "q5", "rating " + rating));
                    calls.add(() -> HttpStatus.valueOf(support.answer(id, answer).getStatusCode().value()));
                }
            }
            List<HttpStatus> statuses = new ArrayList<>();
            for (Future<HttpStatus> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            assertThat(statuses).filteredOn(s -> s == HttpStatus.CREATED).hasSize(respondents);
            assertThat(statuses).filteredOn(s -> s == HttpStatus.CONFLICT).hasSize(respondents);
        } finally {
            pool.shutdownNow();
        }
        assertThat(support.answerRows(id)).isEqualTo(respondents);
        assertThat(support.itemRows(id)).isEqualTo(4L * respondents);
        Long inconsistent = jdbc.queryForObject("""
                select count(*) from survey_answer a
                  join survey_answer_item r on r.answer_id = a.id and r.question_id = 'q3'
                  join survey_answer_item n on n.answer_id = a.id and n.question_id = 'q4'
                  join survey_answer_item t on t.answer_id = a.id and t.question_id = 'q5'
                 where a.survey_id = ? and (n.num <> 10 * r.num or t.free_text <> concat('rating ', cast(r.num as int)))""",
                Long.class, id);
        assertThat(inconsistent).isZero();
    }

    @Test
    void anonymousSurveysKeyByDeviceAndRefuseContacts() {
        long id = support.openSurvey("ANONYMOUS", null);
        Map<String, Object> device = submission(null, "ben-thanh", answers("q1", "no", "q3", 4));
        device.put("deviceToken", "app-install-7f3a9c2e51d04b8e");
        accepted(id, device);
        refused(id, device, HttpStatus.CONFLICT, "already answered");
        refused(id, submission("a@x.vn", "ben-thanh", answers("q1", "no", "q3", 4)), HttpStatus.BAD_REQUEST,
                "This survey is anonymous");
        Map<String, Object> shortToken = submission(null, "ben-thanh", answers("q1", "no", "q3", 4));
        shortToken.put("deviceToken", "abc");
        refused(id, shortToken, HttpStatus.BAD_REQUEST, "deviceToken");
    }

    @Test
    void audienceLimitsUnitsAndTheListFiltersByUnit() {
        long id = support.openSurvey("IDENTIFIED", List.of("ben-thanh", "tan-dinh"));
        refused(id, submission("u@x.vn", "cu-chi", answers("q1", "no", "q3", 4)), HttpStatus.BAD_REQUEST,
                "asks only the units [ben-thanh, tan-dinh]");
        accepted(id, submission("u@x.vn", "tan-dinh", answers("q1", "no", "q3", 4)));

        ResponseEntity<List<Map<String, Object>>> forBenThanh = rest.exchange("/api/surveys?unit=ben-thanh",
                HttpMethod.GET, null, new org.springframework.core.ParameterizedTypeReference<>() { });
        assertThat(forBenThanh.getBody()).anySatisfy(s -> assertThat(s).containsEntry("id", (int) id));
        ResponseEntity<List<Map<String, Object>>> forCuChi = rest.exchange("/api/surveys?unit=cu-chi",
                HttpMethod.GET, null, new org.springframework.core.ParameterizedTypeReference<>() { });
        assertThat(forCuChi.getBody()).noneSatisfy(s -> assertThat(s).containsEntry("id", (int) id));

        ResponseEntity<Map<String, Object>> questions = support.call(null, HttpMethod.GET, "/api/surveys/" + id, null);
        assertThat(questions.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((List<?>) questions.getBody().get("questions")).hasSize(5);
    }

    @Test
    void answersOutsideTheWindowAreRefused() {
        long scheduled = support.create(design(now().plus(1, ChronoUnit.DAYS), now().plus(2, ChronoUnit.DAYS),
                "IDENTIFIED", null));
        refused(scheduled, submission("w@x.vn", "ben-thanh", answers("q1", "no", "q3", 4)), HttpStatus.NOT_FOUND);
        support.decide(scheduled, true, null);
        refused(scheduled, submission("w@x.vn", "ben-thanh", answers("q1", "no", "q3", 4)), HttpStatus.CONFLICT,
                "does not take answers now");

        long open = support.openSurvey("IDENTIFIED", null);
        support.call(SurveyTestSupport.OWNER, HttpMethod.POST, "/api/staff/surveys/" + open + "/close", null);
        refused(open, submission("w@x.vn", "ben-thanh", answers("q1", "no", "q3", 4)), HttpStatus.CONFLICT,
                "is CLOSED");
        refused(987654321L, submission("w@x.vn", "ben-thanh", answers("q1", "no", "q3", 4)), HttpStatus.NOT_FOUND);
    }

    @Test
    void designIsValidatedAndOutsidersCannotCreate() {
        long surveys = jdbc.queryForObject("select count(*) from survey", Long.class);
        Map<String, Object> d = design(now().plus(1, ChronoUnit.DAYS), now().plus(2, ChronoUnit.DAYS), "IDENTIFIED", null);
        assertThat(support.call("ben-thanh-staff", HttpMethod.POST, "/api/staff/surveys", d).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(support.call(null, HttpMethod.POST, "/api/staff/surveys", d).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);

        Map<String, Object> bad = new HashMap<>(d);
        bad.put("opensAt", now().plus(3, ChronoUnit.DAYS).toString());
        bad.put("audienceUnits", List.of("ben-thanh", "quan-3"));
        bad.put("questions", List.of(
                Map.of("id", "q1", "type", "SINGLE_CHOICE", "textVi", "A?", "choices", List.of(SurveyTestSupport.choice("a", "A"))),
                Map.of("id", "q1", "type", "RATING", "textVi", "B?"),
                Map.of("id", "q3", "type", "NUMBER", "textVi", "C?", "min", 5, "max", 1),
                Map.of("id", "q4", "type", "FREE_TEXT", "textVi", "D?", "maxLength", 5000),
                Map.of("id", "q5", "type", "RATING", "textVi", "E?", "showIf", Map.of("question", "q3", "equals", "x")),
                Map.of("id", "q6", "type", "MULTIPLE_CHOICE", "textVi", "F?", "required", true, "minSelections", 3,
                        "maxSelections", 2, "choices", List.of(SurveyTestSupport.choice("a", "A"), SurveyTestSupport.choice("b", "B")))));
        ResponseEntity<Map<String, Object>> r = support.call(SurveyTestSupport.OWNER, HttpMethod.POST, "/api/staff/surveys", bad);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(r.getBody()).containsEntry("type", "urn:feedback:problem:invalid-survey");
        assertThat(SurveyTestSupport.errors(r)).contains(
                "closesAt: must be after opensAt",
                "audienceUnits: unknown unit 'quan-3'",
                "questions[q1].choices: a SINGLE_CHOICE question needs at least two choices",
                "questions[q1].id: used by more than one question",
                "questions[q3].min: must be less than max",
                "questions[q4].maxLength: must be between 1 and 2000",
                "questions[q5].showIf.question: 'q3' is not a SINGLE_CHOICE question",
                "questions[q6].minSelections: must not exceed maxSelections");
        Map<String, Object> none = new HashMap<>(d);
        none.put("questions", List.of());
        assertThat(SurveyTestSupport.errors(support.call(SurveyTestSupport.OWNER, HttpMethod.POST, "/api/staff/surveys", none)))
                .contains("questions: at least one question is needed");
        Map<String, Object> noTitle = new HashMap<>(d);
        noTitle.remove("titleVi");
        assertThat(support.call(SurveyTestSupport.OWNER, HttpMethod.POST, "/api/staff/surveys", noTitle).getBody())
                .containsEntry("type", "urn:feedback:problem:validation-failed");
        assertThat(jdbc.queryForObject("select count(*) from survey", Long.class)).isEqualTo(surveys);
    }
}
