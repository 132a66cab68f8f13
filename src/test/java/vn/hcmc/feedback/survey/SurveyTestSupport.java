package vn.hcmc.feedback.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Designs, calls and job driving shared by the survey tests. */
final class SurveyTestSupport {

    static final String OWNER = "campaign-owner";
    static final String APPROVER = "home-affairs-leader";
    static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() { };

    private final TestRestTemplate rest;
    private final ManagementService management;
    private final JdbcTemplate jdbc;

    SurveyTestSupport(TestRestTemplate rest, ManagementService management, JdbcTemplate jdbc) {
        this.rest = rest;
        this.management = management;
        this.jdbc = jdbc;
    }

    static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    static void setClock(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    /** q1 single (yes/no), q2 multiple (1-2 of 3, only if q1 = yes), q3 rating, q4 number 0-100 whole, q5 text. */
    static Map<String, Object> design(Instant opensAt, Instant closesAt, String anonymity, List<String> audience) {
        Map<String, Object> d = new HashMap<>();
        d.put("titleVi", "Lấy ý kiến về tuyến xe buýt mới " + UUID.randomUUID());
        d.put("titleEn", "New bus route");
        d.put("descriptionVi", "Tuyến xe buýt số 150 qua Phường Bến Thành");
        d.put("opensAt", opensAt.toString());
        d.put("closesAt", closesAt.toString());
        d.put("anonymity", anonymity);
        if (audience != null) {
            d.put("audienceUnits", audience);
        }
        d.put("questions", List.of(
                Map.of("id", "q1", "type", "SINGLE_CHOICE", "textVi", "Bạn có đi xe buýt không?", "required", true,
                        "choices", List.of(choice("yes", "Có"), choice("no", "Không"))),
                Map.of("id", "q2", "type", "MULTIPLE_CHOICE", "textVi", "Bạn đi tuyến nào?", "required", true,
                        "choices", List.of(choice("r1", "Tuyến 1"), choice("r2", "Tuyến 2"), choice("r3", "Tuyến 3")),
                        "minSelections", 1, "maxSelections", 2, "showIf", Map.of("question", "q1", "equals", "yes")),
                Map.of("id", "q3", "type", "RATING", "textVi", "Mức hài lòng", "required", true),
                Map.of("id", "q4", "type", "NUMBER", "textVi", "Số chuyến mỗi tuần", "required", false,
                        "min", 0, "max", 100, "integer", true),
                Map.of("id", "q5", "type", "FREE_TEXT", "textVi", "Góp ý khác", "required", false, "maxLength", 200)));
        return d;
    }

    static Map<String, Object> choice(String id, String labelVi) {
        return Map.of("id", id, "labelVi", labelVi);
    }

    ResponseEntity<Map<String, Object>> call(String user, HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        TestRestTemplate client = user == null ? rest : rest.withBasicAuth(user, user);
        try {
            // a String body goes with a Content-Length (the public API refuses chunked bodies)
            String json = body == null ? null : JSON.writeValueAsString(body);
            return client.exchange(path, method, new HttpEntity<>(json, headers), MAP);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    long create(Map<String, Object> design) {
        ResponseEntity<Map<String, Object>> created = call(OWNER, HttpMethod.POST, "/api/staff/surveys", design);
        assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
        return ((Number) created.getBody().get("id")).longValue();
    }

    Map<String, Object> decide(long id, boolean approved, String comment) {
        Map<String, Object> body = new HashMap<>();
        body.put("approved", approved);
        body.put("comment", comment);
        ResponseEntity<Map<String, Object>> r = call(APPROVER, HttpMethod.POST, "/api/staff/surveys/" + id + "/decision", body);
        assertThat(r.getStatusCode()).as("%s", r.getBody()).isEqualTo(HttpStatus.OK);
        return r.getBody();
    }

    /** A survey open now: created, approved, its opening timer (due, opening in the past) executed. */
    long openSurvey(String anonymity, List<String> audience) {
        long id = create(design(now().minusSeconds(60), now().plusSeconds(7 * 86400), anonymity, audience));
        decide(id, true, null);
        executeJob(processInstance(id), SurveyProcess.TIMER_OPENING);
        assertThat(status(id)).isEqualTo("OPEN");
        return id;
    }

    String processInstance(long surveyId) {
        return jdbc.queryForObject("select process_instance_id from survey where id = ?", String.class, surveyId);
    }

    String status(long surveyId) {
        return jdbc.queryForObject("select status from survey where id = ?", String.class, surveyId);
    }

    Job job(String processInstanceId, String activityId) {
        List<Job> jobs = management.createJobQuery().processInstanceId(processInstanceId).activityId(activityId).list();
        assertThat(jobs).as("jobs at " + activityId).hasSize(1);
        return jobs.get(0);
    }

    void executeJob(String processInstanceId, String activityId) {
        management.executeJob(job(processInstanceId, activityId).getId());
    }

    ResponseEntity<Map<String, Object>> answer(long surveyId, Map<String, Object> submission) {
        return call(null, HttpMethod.POST, "/api/surveys/" + surveyId + "/answers", submission);
    }

    static Map<String, Object> submission(String email, String unit, Map<String, Object> answers) {
        Map<String, Object> s = new HashMap<>();
        s.put("email", email);
        s.put("unit", unit);
        s.put("answers", answers);
        return s;
    }

    static Map<String, Object> answers(Object... pairs) {
        Map<String, Object> a = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            a.put((String) pairs[i], pairs[i + 1]);
        }
        return a;
    }

    long answerRows(long surveyId) {
        return jdbc.queryForObject("select count(*) from survey_answer where survey_id = ?", Long.class, surveyId);
    }

    long itemRows(long surveyId) {
        return jdbc.queryForObject("select count(*) from survey_answer_item where survey_id = ?", Long.class, surveyId);
    }

    @SuppressWarnings("unchecked")
    static List<String> errors(ResponseEntity<Map<String, Object>> response) {
        Object errors = response.getBody().get("errors");
        return errors == null ? List.of() : new ArrayList<>((List<String>) errors);
    }
}
