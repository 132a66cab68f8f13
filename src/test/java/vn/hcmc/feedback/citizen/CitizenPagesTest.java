package vn.hcmc.feedback.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.hcmc.feedback.report.ReportClient;

/**
 * The citizens' page over HTTP: served at "/", Vietnamese unless English is chosen, its security headers, the
 * follow form's redirect, and the timeline API, whose public view carries no text of the report.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "feedback.citizen.map.tile-url=https://{s}.tiles.example.vn/{z}/{x}/{y}.png")
class CitizenPagesTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;

    CitizenTestKit kit;
    ReportClient client;

    @BeforeEach
    void setUp() {
        ClockUtil.reset();
        kit = new CitizenTestKit(rest, runtimeService, managementService, jdbc);
        client = new ReportClient(rest, jdbc);
    }

    @Test
    void theHomePageIsVietnameseWithAStrictPolicyAndEnglishOnRequest() {
        ResponseEntity<String> home = rest.getForEntity("/", String.class);
        assertThat(home.getStatusCode().value()).isEqualTo(200);
        assertThat(home.getHeaders().getContentType().toString()).startsWith("text/html");
        assertThat(home.getBody()).contains("<html lang=\"vi\"").contains("Gửi phản ánh mới")
                .doesNotContain("<script>").doesNotContain(" style=");
        String policy = home.getHeaders().getFirst("Content-Security-Policy");
        assertThat(policy).contains("script-src 'self';").contains("style-src 'self';")
                .contains("img-src 'self' blob: https://*.tiles.example.vn;").contains("frame-ancestors 'none'")
                .doesNotContain("unsafe");
        assertThat(home.getHeaders().get("Set-Cookie")).as("no session").isNull();

        ResponseEntity<String> english = rest.getForEntity("/?lang=en", String.class);
        assertThat(english.getBody()).contains("<html lang=\"en\"").contains("Report a problem");
        String cookie = english.getHeaders().getFirst("Set-Cookie");
        assertThat(cookie).startsWith("lang=en").contains("HttpOnly").contains("SameSite=Lax");

        HttpHeaders remembered = new HttpHeaders();
        remembered.add("Cookie", "lang=en");
        assertThat(rest.exchange("/report", HttpMethod.GET, new HttpEntity<>(remembered), String.class).getBody())
                .contains("<html lang=\"en\"").contains("What will be published");
        HttpHeaders otherLanguage = new HttpHeaders();
        otherLanguage.add("Cookie", "lang=fr");
        otherLanguage.add("Accept-Language", "en");
        assertThat(rest.exchange("/report", HttpMethod.GET, new HttpEntity<>(otherLanguage), String.class).getBody())
                .as("Vietnamese whatever else is asked").contains("<html lang=\"vi\"")
                .contains("Những gì sẽ được công khai");
    }

    @Test
    void aBrowserGetsAnErrorPageWhereAnAppGetsAProblemDetail() {
        HttpHeaders browser = new HttpHeaders();
        browser.add("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        for (String page : java.util.List.of("/no-such-page", "/surveys/abc", "/reports/x/y")) {
            ResponseEntity<String> missing = rest.exchange(page, HttpMethod.GET, new HttpEntity<>(browser), String.class);
            assertThat(missing.getStatusCode().value()).as(page).isEqualTo(404);
            assertThat(missing.getHeaders().getContentType().toString()).as(page).startsWith("text/html");
            assertThat(missing.getBody()).contains("Không tìm thấy trang", "Page not found", "href=\"/follow\"");
        }
        ResponseEntity<String> method = rest.exchange("/answers", HttpMethod.DELETE, new HttpEntity<>(browser),
                String.class);
        assertThat(method.getStatusCode().value()).isIn(403, 405);
        ResponseEntity<String> api = rest.exchange("/api/no-such-thing", HttpMethod.GET, new HttpEntity<>(browser),
                String.class);
        assertThat(api.getStatusCode().value()).isEqualTo(404);
        assertThat(api.getHeaders().getContentType().toString()).as("the API keeps its problem details")
                .startsWith("application/problem+json");
    }

    @Test
    void thePublicListsOfSurveyResultsAndCampaigns() {
        assertThat(rest.getForEntity("/campaigns", String.class).getBody()).contains("Kết quả các chiến dịch")
                .contains("/citizen/campaigns.js");
        ResponseEntity<String> campaigns = rest.getForEntity("/api/campaigns", String.class);
        assertThat(campaigns.getStatusCode().value()).isEqualTo(200);
        assertThat(campaigns.getBody()).startsWith("[");
        ResponseEntity<String> surveys = rest.getForEntity("/api/surveys/published", String.class);
        assertThat(surveys.getStatusCode().value()).isEqualTo(200);
        assertThat(surveys.getBody()).startsWith("[");
        assertThat(rest.getForEntity("/surveys", String.class).getBody()).contains("Kết quả đã công bố",
                "href=\"/campaigns\"", "href=\"/monthly-reports\"");
    }

    @Test
    void theFollowFormGoesToTheReportsPageOrSaysWhatACodeLooksLike() {
        ResponseEntity<String> found = rest.getForEntity("/follow?code= pa-26-7k3f9q ", String.class);
        assertThat(found.getBody()).as("redirected to the report's page").contains("data-code=\"PA-26-7K3F9Q\"");

        ResponseEntity<String> invalid = rest.getForEntity("/follow?code=<b>x</b>", String.class);
        assertThat(invalid.getStatusCode().value()).isEqualTo(200);
        assertThat(invalid.getBody()).contains("Mã theo dõi có dạng PA-26-XXXXXX")
                .contains("value=\"&lt;b&gt;x&lt;/b&gt;\"").doesNotContain("<b>x</b>");
        assertThat(rest.getForEntity("/reports/PA-26-7K3F9Q", String.class).getBody())
                .contains("data-code=\"PA-26-7K3F9Q\"");
    }

    @Test
    void theTimelineInTheCitizensWordsWithTheQuestionOnlyInThePrivateView() {
        JsonNode created = client.postJson(ReportClient.report(ReportClient.marker()), null).getBody();
        String code = created.get("trackingCode").asText();
        String token = created.get("accessToken").asText();
        kit.runDueJobs(code);
        assertThat(kit.status(code)).isEqualTo("ASSIGNED");
        kit.askForInformation(code, "Số nhà chính xác của anh Nguyễn Văn A là bao nhiêu?");

        JsonNode publicView = timeline(code, null).getBody();
        assertThat(publicView.get("privateView").asBoolean()).isFalse();
        assertThat(publicView.findValuesAsText("step")).containsExactly("received", "triaged", "routed",
                "information-requested");
        assertThat(publicView.get("steps").get(2).get("unitNameVi").asText()).isEqualTo("Phường Bến Thành");
        assertThat(publicView.toString()).doesNotContain("Nguyễn Văn A").doesNotContain("ben-thanh-staff");
        assertThat(publicView.has("openQuestion")).isFalse();
        assertThat(publicView.has("canRate")).isFalse();

        JsonNode privateView = timeline(code, token).getBody();
        assertThat(privateView.get("privateView").asBoolean()).isTrue();
        assertThat(privateView.get("openQuestion").asText()).startsWith("Số nhà chính xác");
        assertThat(privateView.get("canRate").asBoolean()).isFalse();
        assertThat(privateView.toString()).doesNotContain("ben-thanh-staff");

        assertThat(timeline(code, "wrong").getStatusCode().value()).isEqualTo(403);
        assertThat(timeline("PA-26-ZZZZZZ", null).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void aPrivateReportsTimelineIsHiddenWithoutItsToken() {
        Map<String, Object> body = ReportClient.report(ReportClient.marker());
        body.put("publicVisible", false);
        JsonNode created = client.postJson(body, null).getBody();
        String code = created.get("trackingCode").asText();
        kit.runDueJobs(code);
        ResponseEntity<JsonNode> hidden = timeline(code, null);
        assertThat(hidden.getStatusCode().value()).isEqualTo(404);
        assertThat(hidden.getBody().get("type").asText()).isEqualTo("urn:feedback:problem:report-not-found");
        assertThat(timeline(code, "wrong").getStatusCode().value()).as("nothing revealed").isEqualTo(404);
        assertThat(timeline(code, created.get("accessToken").asText()).getBody().findValuesAsText("step"))
                .containsExactly("received", "triaged", "routed");
    }

    private ResponseEntity<JsonNode> timeline(String code, String token) {
        HttpHeaders headers = new HttpHeaders();
        if (token != null) {
            headers.set("X-Report-Token", token);
        }
        return rest.exchange("/api/reports/" + code + "/timeline", HttpMethod.GET, new HttpEntity<>(headers),
                JsonNode.class);
    }
}
