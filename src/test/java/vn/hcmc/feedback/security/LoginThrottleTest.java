package vn.hcmc.feedback.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.hcmc.feedback.support.NoRetryClient;
import vn.hcmc.feedback.support.WebappSession;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Nobody can lock an official out (issue 16, finding 2): wrong passwords hold the address that sends them (429 with
 * Retry-After), for that account and, beyond a larger allowance, for all accounts; the official logs in from their
 * own address meanwhile, and no number of failures locks the account. Client addresses come from
 * {@code X-Forwarded-For}, as behind the city's proxy ({@code server.forward-headers-strategy=native}; the test
 * client is a trusted internal address).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.forward-headers-strategy=native",
        "feedback.security.login.failures-per-account-and-address=3",
        "feedback.security.login.failures-per-address=6"})
@AutoConfigureObservability
class LoginThrottleTest {

    @LocalServerPort
    int port;
    @Autowired
    MeterRegistry meters;

    TestRestTemplate rest;

    @BeforeEach
    void aClientThatDoesNotRetry() {
        rest = NoRetryClient.on(port);
    }

    @Test
    void wrongPasswordsHoldTheAddressNotTheAccount() {
        double failuresBefore = meters.counter("feedback.login.failures").count();
        String attacker = "203.0.113.7";
        for (int i = 0; i < 3; i++) {
            assertThat(me("ben-thanh-staff", "wrong-" + i, attacker).getStatusCode().value()).isEqualTo(401);
        }
        ResponseEntity<JsonNode> held = me("ben-thanh-staff", "ben-thanh-staff", attacker);
        assertThat(held.getStatusCode().value()).as("even the right password waits: %s", held.getBody())
                .isEqualTo(429);
        assertThat(held.getHeaders().getContentType().toString()).contains("application/problem+json");
        assertThat(held.getBody().get("type").asText()).isEqualTo("urn:feedback:problem:too-many-login-failures");
        assertThat(Long.parseLong(held.getHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isBetween(1L, 15 * 60L);
        assertThat(meters.counter("feedback.login.failures").count() - failuresBefore).isEqualTo(3);

        HttpHeaders publicCall = new HttpHeaders();
        publicCall.add("X-Forwarded-For", attacker);
        publicCall.setBasicAuth("ben-thanh-staff", "anything");
        assertThat(rest.exchange("/api/units", HttpMethod.GET, new HttpEntity<>(publicCall), String.class)
                .getStatusCode().value()).as("the public API ignores credentials").isEqualTo(200);
        assertThat(me("ben-thanh-staff", "guess", attacker).getStatusCode().value())
                .as("and that did not wipe the attacker's failures").isEqualTo(429);

        assertThat(me("ben-thanh-staff", "ben-thanh-staff", "198.51.100.20").getStatusCode().value())
                .as("the official, from their own address").isEqualTo(200);
        assertThat(me("tan-dinh-staff", "wrong", attacker).getStatusCode().value())
                .as("another account from the same address, within the address's allowance").isEqualTo(401);
    }

    @Test
    void noNumberOfFailuresLocksTheAccount() {
        // 13 addresses × 3 failures: more than Camunda's default of 10 attempts before a permanent lock
        for (int address = 1; address <= 13; address++) {
            for (int i = 0; i < 3; i++) {
                assertThat(me("tan-hung-staff", "wrong", "192.0.2." + address).getStatusCode().value())
                        .isEqualTo(401);
            }
        }
        assertThat(me("tan-hung-staff", "tan-hung-staff", "198.51.100.30").getStatusCode().value())
                .as("not locked, not delayed").isEqualTo(200);
    }

    @Test
    void anAddressTryingManyAccountsIsHeldForAll() {
        String sprayer = "203.0.113.99";
        String[] accounts = {"ben-thanh-staff", "tan-dinh-staff", "cu-chi-staff", "sawaco-leader", "manager",
            "inspector"};
        for (String account : accounts) {
            assertThat(me(account, "Password1!", sprayer).getStatusCode().value()).isEqualTo(401);
        }
        assertThat(me("city-leader", "city-leader", sprayer).getStatusCode().value()).isEqualTo(429);
    }

    @Test
    void theTasklistLoginFormIsThrottledTheSameWay() {
        String attacker = "203.0.113.50";
        for (int i = 0; i < 3; i++) {
            assertThat(tasklistLogin("ben-thanh-leader", "wrong", attacker).getStatusCode().value()).isEqualTo(401);
        }
        assertThat(tasklistLogin("ben-thanh-leader", "ben-thanh-leader", attacker).getStatusCode().value())
                .isEqualTo(429);
        assertThat(tasklistLogin("ben-thanh-leader", "ben-thanh-leader", "198.51.100.40").getStatusCode().value())
                .isEqualTo(200);
    }

    private ResponseEntity<JsonNode> me(String user, String password, String address) {
        HttpHeaders headers = new HttpHeaders();
        headers.add("X-Forwarded-For", address);
        return rest.withBasicAuth(user, password).exchange("/api/staff/me", HttpMethod.GET,
                new HttpEntity<>(headers), JsonNode.class);
    }

    private ResponseEntity<String> tasklistLogin(String user, String password, String address) {
        HttpHeaders headers = new HttpHeaders();
        headers.add("X-Forwarded-For", address);
        return WebappSession.open(rest, headers).logIn(user, password);
    }
}
