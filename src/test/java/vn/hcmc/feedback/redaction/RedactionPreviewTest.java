package vn.hcmc.feedback.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** {@code POST /api/staff/redaction/preview}: any official, the same service publication uses. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RedactionPreviewTest {

    private static final String URL = "/api/staff/redaction/preview";

    @Autowired
    TestRestTemplate rest;

    @Test
    void anyOfficialPreviewsTheRedaction() {
        String text = "Tôi là Nguyễn Văn An, SĐT 090 123 4567, nhà số 12 Lê Lợi.";
        for (String official : List.of("ben-thanh-staff", "triage", "city-leader")) {
            ResponseEntity<Map> response = rest.withBasicAuth(official, official)
                    .postForEntity(URL, json(Map.of("text", text, "reporterName", "Nguyễn Văn An")), Map.class);

            assertThat(response.getStatusCode()).as(official).isEqualTo(HttpStatus.OK);
            assertThat(response.getBody()).containsEntry("redacted",
                    "Tôi là [tên người phản ánh], SĐT [số điện thoại], đường Lê Lợi.");
            assertThat((List<Map<String, Object>>) response.getBody().get("redactions")).containsExactly(
                    Map.of("rule", "reporter-name", "start", 7, "end", 20),
                    Map.of("rule", "phone", "start", 26, "end", 38),
                    Map.of("rule", "house-number", "start", 40, "end", 50));
        }
    }

    @Test
    void reporterNameIsOptional() {
        ResponseEntity<Map> response = rest.withBasicAuth("triage", "triage")
                .postForEntity(URL, json(Map.of("text", "Email a@b.vn")), Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).containsEntry("redacted", "Email [email]");
    }

    @Test
    void anonymousCallersAreRefused() {
        ResponseEntity<String> response = rest.postForEntity(URL, json(Map.of("text", "0901234567")), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void missingBlankOrOversizedTextIsABadRequest() {
        for (Map<String, Object> body : List.of(Map.<String, Object>of("reporterName", "An"),
                Map.<String, Object>of("text", "   "),
                Map.<String, Object>of("text", "a".repeat(RedactionController.MAX_TEXT + 1)))) {
            ResponseEntity<Map> response = rest.withBasicAuth("ben-thanh-staff", "ben-thanh-staff")
                    .postForEntity(URL, json(body), Map.class);

            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
            assertThat(response.getBody()).containsEntry("type", "urn:feedback:problem:validation-failed");
        }
    }

    @Test
    void malformedJsonIsABadRequest() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<Map> response = rest.withBasicAuth("ben-thanh-staff", "ben-thanh-staff")
                .postForEntity(URL, new HttpEntity<>("{\"text\": ", headers), Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).containsEntry("type", "urn:feedback:problem:malformed-request");
    }

    /** A serialised body, so that the request has a Content-Length (the API refuses chunked bodies). */
    private static HttpEntity<String> json(Map<String, ?> body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        try {
            return new HttpEntity<>(new ObjectMapper().writeValueAsString(body), headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
