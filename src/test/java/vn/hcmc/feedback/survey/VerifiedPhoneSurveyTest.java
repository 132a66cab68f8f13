package vn.hcmc.feedback.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.hcmc.feedback.survey.SurveyTestSupport.answers;
import static vn.hcmc.feedback.survey.SurveyTestSupport.design;
import static vn.hcmc.feedback.survey.SurveyTestSupport.now;
import static vn.hcmc.feedback.survey.SurveyTestSupport.setClock;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.hcmc.feedback.directory.UnitDirectory;
import vn.hcmc.feedback.notification.sms.SmsCatcher;
import vn.hcmc.feedback.notification.sms.SmsSender;
import vn.hcmc.feedback.support.NoRetryClient;
import vn.hcmc.feedback.system.Refusal;

/**
 * Surveys with verified phones (issue 16, finding 4): a code by SMS, one answer per phone that received one; wrong,
 * expired, reused and locked codes are refused with nothing stored; 3 codes an hour per phone; neither the phone nor
 * the code is stored in the clear.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VerifiedPhoneSurveyTest {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    @LocalServerPort
    int port;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SmsCatcher sms;
    @Autowired
    PhoneVerification phones;
    @Autowired
    RespondentKeys keys;
    @Autowired
    SurveyService surveys;
    @Autowired
    UnitDirectory units;
    @Autowired
    ObjectMapper json;

    SurveyTestSupport support;

    @BeforeEach
    void setUp() {
        // a 429 shows as it comes (the default client would wait out its Retry-After and ask again)
        support = new SurveyTestSupport(NoRetryClient.on(port), management, jdbc);
        setClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    static String newPhone() {
        return "09" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    ResponseEntity<Map<String, Object>> requestCode(long id, String phone) {
        return support.call(null, HttpMethod.POST, "/api/surveys/" + id + "/phone-codes", Map.of("phone", phone));
    }

    String codeSentTo(String phone) {
        String text = sms.latestTo(phone).orElseThrow(() -> new AssertionError("no SMS to " + phone)).text();
        Matcher m = CODE.matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return m.group(1);
    }

    static Map<String, Object> verified(String phone, String code) {
        Map<String, Object> s = new HashMap<>();
        s.put("phone", phone);
        s.put("phoneCode", code);
        s.put("unit", "ben-thanh");
        s.put("answers", answers("q1", "no", "q3", 4));
        return s;
    }

    void refused(long id, Map<String, Object> submission, HttpStatus status, String slug) {
        long answers = support.answerRows(id);
        ResponseEntity<Map<String, Object>> r = support.answer(id, submission);
        assertThat(r.getStatusCode()).as("%s", r.getBody()).isEqualTo(status);
        assertThat((String) r.getBody().get("type")).isEqualTo("urn:feedback:problem:" + slug);
        assertThat(support.answerRows(id)).as("nothing stored").isEqualTo(answers);
    }

    @Test
    void aPhoneAnswersOnceWithTheCodeItReceivedBySms() {
        long id = support.openSurvey("VERIFIED_PHONE", null);
        String phone = newPhone();

        refused(id, verified(phone, null), HttpStatus.BAD_REQUEST, "phone-code-required");
        refused(id, verified(phone, "123456"), HttpStatus.BAD_REQUEST, "phone-code-wrong");

        ResponseEntity<Map<String, Object>> sent = requestCode(id, "+84 " + phone.substring(1));
        assertThat(sent.getStatusCode()).as("%s", sent.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(sent.getBody()).containsEntry("phone", phone.substring(0, 3) + "•••••" + phone.substring(8))
                .containsEntry("expiresAt", now().plus(Duration.ofMinutes(10)).toString())
                .containsEntry("codesLeftThisHour", 2);
        String code = codeSentTo(phone);
        assertThat(sms.latestTo(phone).orElseThrow().text()).contains("10 phut");
        String wrong = code.equals("000000") ? "111111" : "000000";
        refused(id, verified(phone, wrong), HttpStatus.BAD_REQUEST, "phone-code-wrong");
        Map<String, Object> withEmail = verified(phone, code);
        withEmail.put("email", "a@b.vn");
        refused(id, withEmail, HttpStatus.BAD_REQUEST, "phone-required");

        Map<String, Object> unanswered = verified(phone, code);
        unanswered.put("answers", answers("q3", 4));
        refused(id, unanswered, HttpStatus.BAD_REQUEST, "invalid-answers");
        Map<String, Object> nowhere = verified(phone, code);
        nowhere.put("unit", "no-such-unit");
        refused(id, nowhere, HttpStatus.BAD_REQUEST, "unknown-unit");

        ResponseEntity<Map<String, Object>> stored = support.answer(id, verified(phone, code));
        assertThat(stored.getStatusCode()).as("the code is still good after answers refused for other reasons: %s",
                stored.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(support.answerRows(id)).isEqualTo(1);
        refused(id, verified(phone, code), HttpStatus.BAD_REQUEST, "phone-code-used");

        ResponseEntity<Map<String, Object>> again = requestCode(id, phone);
        assertThat(again.getStatusCode()).as("no code for a phone that has answered").isEqualTo(HttpStatus.CONFLICT);
        assertThat((String) again.getBody().get("type")).isEqualTo("urn:feedback:problem:already-answered");

        TestRestTemplate client = NoRetryClient.on(port);
        ResponseEntity<String> page = client.withBasicAuth("demo", "demo").getForEntity("/staff/sms", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("Tin nhắn đã gửi (thử nghiệm)", phone, "Ma xac minh khao sat TP.HCM");
        assertThat(client.getForEntity("/staff/sms", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(client.withBasicAuth("ben-thanh-staff", "ben-thanh-staff").getForEntity("/staff/sms", String.class)
                .getStatusCode()).as("administrators only").isEqualTo(HttpStatus.FORBIDDEN);

        String everything = jdbc.queryForList("select phone_key || ' ' || code_hash from survey_phone_code "
                + "where survey_id = ?", String.class, id) + " " + jdbc.queryForList("select respondent_key from "
                + "survey_answer where survey_id = ?", String.class, id);
        assertThat(everything).as("neither the phone nor the code in the clear").doesNotContain(phone)
                .doesNotContain(phone.substring(1)).doesNotContain(code);
    }

    @Test
    void codesExpireTakeFiveWrongTriesAndComeThreeAnHour() {
        long id = support.openSurvey("VERIFIED_PHONE", null);
        String phone = newPhone();

        assertThat(requestCode(id, phone).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String expiring = codeSentTo(phone);
        setClock(now().plus(Duration.ofMinutes(10)));
        refused(id, verified(phone, expiring), HttpStatus.BAD_REQUEST, "phone-code-expired");

        assertThat(requestCode(id, phone).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String code = codeSentTo(phone);
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 5; i++) {
            refused(id, verified(phone, wrong), HttpStatus.BAD_REQUEST, "phone-code-wrong");
        }
        refused(id, verified(phone, code), HttpStatus.BAD_REQUEST, "phone-code-locked");

        ResponseEntity<Map<String, Object>> third = requestCode(id, phone);
        assertThat(third.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(third.getBody()).containsEntry("codesLeftThisHour", 0);
        int smsBefore = sms.newestFirst().size();
        ResponseEntity<Map<String, Object>> fourth = requestCode(id, phone);
        assertThat(fourth.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat((String) fourth.getBody().get("type")).isEqualTo("urn:feedback:problem:too-many-codes");
        assertThat(Long.parseLong(fourth.getHeaders().getFirst("Retry-After")))
                .as("until the first code of the hour is an hour old").isBetween(49 * 60L, 50 * 60L + 1);
        assertThat(sms.newestFirst()).as("no SMS for a refused request").hasSize(smsBefore);

        setClock(now().plus(Duration.ofMinutes(51)));
        assertThat(requestCode(id, phone).getStatusCode()).as("an hour after the first").isEqualTo(HttpStatus.ACCEPTED);
        ResponseEntity<Map<String, Object>> stored = support.answer(id, verified(phone, codeSentTo(phone)));
        assertThat(stored.getStatusCode()).as("%s", stored.getBody()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void withoutAnSmsGatewayNoSurveyWithVerifiedPhonesCanBeDesigned() {
        PhoneVerification noSms = new PhoneVerification(jdbc, null, null,
                new StaticListableBeanFactory().getBeanProvider(vn.hcmc.feedback.notification.sms.SmsSender.class),
                java.time.Clock.systemUTC());
        assertThat(noSms.available()).isFalse();
        DesignValidator validator = new DesignValidator(units, noSms);
        SurveyDesign verified = json.convertValue(design(now(), now().plus(3, ChronoUnit.DAYS), "VERIFIED_PHONE",
                null), SurveyDesign.class);
        assertThatThrownBy(() -> validator.validate(verified, now())).isInstanceOf(Refusal.class)
                .hasMessageContaining("VERIFIED_PHONE needs an SMS gateway");
        validator.validate(json.convertValue(design(now(), now().plus(3, ChronoUnit.DAYS), "ANONYMOUS", null),
                SurveyDesign.class), now());
        assertThat(phones.available()).as("the test profile has the demo SMS catcher").isTrue();
    }

    @Test
    void anSmsTheGatewayRefusesIsA503AndLeavesNoCodeBehind() {
        long id = support.openSurvey("VERIFIED_PHONE", null);
        SmsSender refusing = (phone, text) -> {
            throw new SmsSender.NotSent("gateway answered 500", null);
        };
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("gateway", refusing);
        PhoneVerification withBrokenGateway = new PhoneVerification(jdbc, null, keys,
                beans.getBeanProvider(SmsSender.class), java.time.Clock.systemUTC());
        long rows = jdbc.queryForObject("select count(*) from survey_phone_code where survey_id = ?", Long.class, id);
        assertThatThrownBy(() -> withBrokenGateway.send(surveys.get(id), newPhone()))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.reason()).isEqualTo(Refusal.Reason.UNAVAILABLE);
                    assertThat(r.slug()).isEqualTo("sms-unavailable");
                });
        assertThat(jdbc.queryForObject("select count(*) from survey_phone_code where survey_id = ?", Long.class, id))
                .as("the code that did not go out does not count against the phone").isEqualTo(rows);
    }

    @Test
    void badRequestsForCodesAreRefusedAndSendNothing() {
        long anonymous = support.openSurvey("ANONYMOUS", null);
        long verified = support.openSurvey("VERIFIED_PHONE", null);
        int before = sms.newestFirst().size();
        long rows = jdbc.queryForObject("select count(*) from survey_phone_code", Long.class);

        assertThat(requestCode(anonymous, newPhone()).getStatusCode()).as("a survey that does not verify phones")
                .isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<Map<String, Object>> notAPhone = requestCode(verified, "12345");
        assertThat(notAPhone.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) notAPhone.getBody().get("type")).isEqualTo("urn:feedback:problem:invalid-contact");
        assertThat(support.call(null, HttpMethod.POST, "/api/surveys/" + verified + "/phone-codes", Map.of())
                .getStatusCode()).as("no phone").isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(requestCode(999_999_999L, newPhone()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        Map<String, Object> deviceOnly = verified(newPhone(), null);
        deviceOnly.remove("phone");
        deviceOnly.put("deviceToken", "device-token-0123456789");
        refused(verified, deviceOnly, HttpStatus.BAD_REQUEST, "phone-required");

        long notOpen = support.create(design(now().plus(1, ChronoUnit.DAYS), now().plus(5, ChronoUnit.DAYS),
                "VERIFIED_PHONE", null));
        assertThat(requestCode(notOpen, newPhone()).getStatusCode()).as("not open yet: no such survey for citizens")
                .isEqualTo(HttpStatus.NOT_FOUND);

        assertThat(sms.newestFirst()).hasSize(before);
        assertThat(jdbc.queryForObject("select count(*) from survey_phone_code", Long.class)).isEqualTo(rows);
    }
}
