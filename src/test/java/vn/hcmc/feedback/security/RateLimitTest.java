package vn.hcmc.feedback.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.hcmc.feedback.report.ReportClient;
import vn.hcmc.feedback.support.NoRetryClient;

/**
 * Floods are held (issue 16, finding 4): one address may send only so many reports, survey answers and lookups per
 * window, one contact only so many reports from any address; beyond, 429 with Retry-After and a problem detail, and
 * nothing stored. Client addresses come from {@code X-Forwarded-For}, as behind the city's proxy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.forward-headers-strategy=native",
        "feedback.security.rate-limits.report-writes.requests=3",
        "feedback.security.rate-limits.lookups.requests=5",
        "feedback.security.rate-limits.survey-answers.requests=2",
        "feedback.security.rate-limits.reports-per-contact.requests=2"})
class RateLimitTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    TestRestTemplate rest;

    @BeforeEach
    void aClientThatDoesNotRetry() {
        rest = NoRetryClient.on(port);
    }

    @Test
    void oneAddressSendsOnlySoManyReports() {
        String marker = ReportClient.marker();
        for (int i = 0; i < 3; i++) {
            Map<String, Object> report = ReportClient.report(marker);
            report.remove("reporter");
            assertThat(post("/api/reports", report, "203.0.113.1").getStatusCode().value()).isEqualTo(201);
        }
        Map<String, Object> fourth = ReportClient.report(marker);
        fourth.remove("reporter");
        ResponseEntity<JsonNode> held = post("/api/reports", fourth, "203.0.113.1");
        assertTooMany(held);
        assertThat(new ReportClient(rest, jdbc).reportsWith(marker)).as("the fourth is not stored").isEqualTo(3);
        assertThat(post("/api/reports", fourth, "203.0.113.2").getStatusCode().value())
                .as("another address").isEqualTo(201);
    }

    @Test
    void oneContactSendsOnlySoManyReportsFromAnyAddress() {
        String marker = ReportClient.marker();
        Map<String, Object> reporter = Map.of("name", "Trần Văn B", "email", "flood-" + marker.toLowerCase()
                .replaceAll("[^a-z0-9]", "") + "@example.vn");
        for (int i = 0; i < 2; i++) {
            Map<String, Object> report = new HashMap<>(ReportClient.report(marker));
            report.put("reporter", reporter);
            assertThat(post("/api/reports", report, "198.51.100." + (10 + i)).getStatusCode().value())
                    .isEqualTo(201);
        }
        Map<String, Object> third = new HashMap<>(ReportClient.report(marker));
        third.put("reporter", reporter);
        assertTooMany(post("/api/reports", third, "198.51.100.12"));
        assertThat(new ReportClient(rest, jdbc).reportsWith(marker)).isEqualTo(2);
    }

    @Test
    void guessingTrackingCodesIsSlow() {
        for (int i = 0; i < 5; i++) {
            assertThat(get("/api/reports/PA-26-AAAAA" + (i + 2), "203.0.113.30").getStatusCode().value())
                    .isEqualTo(404);
        }
        assertTooMany(get("/api/reports/PA-26-AAAAA9", "203.0.113.30"));
        ResponseEntity<JsonNode> open311 = get("/open311/v2/requests/PA-26-AAAAA9.json", "203.0.113.30");
        assertThat(open311.getStatusCode().value()).isEqualTo(429);
        assertThat(open311.getBody().get(0).get("code").asInt()).as("in the Open311 error format").isEqualTo(429);
        assertThat(open311.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
        assertThat(get("/api/units", "203.0.113.30").getStatusCode().value()).as("lists are not limited")
                .isEqualTo(200);
    }

    @Test
    void oneAddressAnswersSurveysOnlySoOften() {
        for (int i = 0; i < 2; i++) {
            assertThat(post("/api/surveys/999999/answers", Map.of("answers", Map.of()), "203.0.113.40")
                    .getStatusCode().value()).as("refused (no such survey, no device), but counted").isIn(400, 404);
        }
        assertTooMany(post("/api/surveys/999999/answers", Map.of("answers", Map.of()), "203.0.113.40"));
    }

    private ResponseEntity<JsonNode> post(String path, Object body, String address) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.add("X-Forwarded-For", address);
        return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
    }

    private ResponseEntity<JsonNode> get(String path, String address) {
        HttpHeaders headers = new HttpHeaders();
        headers.add("X-Forwarded-For", address);
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }

    private static void assertTooMany(ResponseEntity<JsonNode> answer) {
        assertThat(answer.getStatusCode().value()).as("%s", answer.getBody()).isEqualTo(429);
        assertThat(answer.getHeaders().getContentType().toString()).contains("application/problem+json");
        assertThat(answer.getBody().get("type").asText()).isEqualTo("urn:feedback:problem:too-many-requests");
        assertThat(Long.parseLong(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isPositive();
    }
}
