package vn.hcmc.feedback.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Security headers (issue 16, finding 9): a Content-Security-Policy on every JSON API, HSTS and Secure cookies when
 * the city serves the engine over TLS behind its proxy ({@code FEEDBACK_TLS=true},
 * {@code server.forward-headers-strategy=native}), and no build version for anonymous visitors.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "FEEDBACK_TLS=true", "server.forward-headers-strategy=native"})
class HeadersTest {

    @Autowired
    TestRestTemplate rest;

    @Test
    void everyJsonApiForbidsBeingLoadedOrFramed() {
        for (String path : List.of("/api/units", "/open311/v2/discovery.json", "/api/staff/me", "/engine-rest/task",
                "/api/reports/PA-26-AAAAAA")) {
            ResponseEntity<String> answer = rest.withBasicAuth("ben-thanh-staff", "ben-thanh-staff")
                    .getForEntity(path, String.class);
            assertThat(answer.getHeaders().getFirst("Content-Security-Policy")).as(path)
                    .isEqualTo("default-src 'none'; frame-ancestors 'none'");
        }
    }

    @Test
    void overTlsTheBrowserIsToldToStayOnHttpsAndCookiesAreSecure() {
        HttpHeaders https = new HttpHeaders();
        https.add("X-Forwarded-Proto", "https");
        for (String path : List.of("/api/units", "/", "/camunda/app/tasklist/default/")) {
            ResponseEntity<String> answer = rest.exchange(path, HttpMethod.GET, new HttpEntity<>(https), String.class);
            assertThat(answer.getHeaders().getFirst("Strict-Transport-Security")).as(path).contains("max-age=");
        }
        ResponseEntity<String> plain = rest.getForEntity("/api/units", String.class);
        assertThat(plain.getHeaders().containsKey("Strict-Transport-Security")).as("not over plain HTTP").isFalse();

        ResponseEntity<String> tasklist = rest.exchange("/camunda/app/tasklist/default/", HttpMethod.GET,
                new HttpEntity<>(https), String.class);
        List<String> cookies = tasklist.getHeaders().get(HttpHeaders.SET_COOKIE);
        assertThat(cookies).isNotEmpty().allSatisfy(cookie -> assertThat(cookie.toLowerCase()).contains("secure"));
    }

    @Test
    void theWebappsPagesDoNotNameTheCamundaRelease() {
        String release = org.camunda.bpm.engine.ProcessEngine.class.getPackage().getImplementationVersion();
        assertThat(release).as("the engine's version, to look for").matches("\\d+\\.\\d+\\.\\d+.*");
        String bust = null;
        for (String path : List.of("/camunda/app/tasklist/default/", "/camunda/app/cockpit/default/",
                "/camunda/app/admin/default/", "/camunda/app/welcome/default/")) {
            ResponseEntity<String> page = rest.getForEntity(path, String.class);
            assertThat(page.getStatusCode().value()).as(path).isEqualTo(200);
            assertThat(page.getBody()).as(path).contains("?bust=").doesNotContain(release)
                    .doesNotContain("version=\"v");
            assertThat(page.getHeaders().getContentLength()).as(path + ": its length, rewritten")
                    .isEqualTo(page.getBody().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\?bust=([0-9a-f]{12})\"")
                    .matcher(page.getBody());
            assertThat(m.find()).as(path + ": an opaque cache-busting value").isTrue();
            assertThat(bust == null || bust.equals(m.group(1))).as("one value for every page").isTrue();
            bust = m.group(1);
        }
        ResponseEntity<String> script = rest.getForEntity("/camunda/app/tasklist/camunda-tasklist-bootstrap.js?bust="
                + bust, String.class);
        assertThat(script.getStatusCode().value()).as("the assets are served at the new addresses").isEqualTo(200);
    }

    @Test
    void theBuildsVersionIsForManagersOnly() {
        assertThat(rest.getForEntity("/actuator/info", String.class).getStatusCode().value()).isEqualTo(401);
        assertThat(rest.withBasicAuth("ben-thanh-staff", "ben-thanh-staff").getForEntity("/actuator/info",
                String.class).getStatusCode().value()).isEqualTo(403);
        assertThat(rest.withBasicAuth("manager", "manager").getForEntity("/actuator/info", String.class)
                .getBody()).contains("Citizen Feedback Engine");
        assertThat(rest.getForEntity("/actuator/health", String.class).getStatusCode().value()).isEqualTo(200);
    }
}
