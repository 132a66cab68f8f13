package vn.hcmc.feedback.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportHistoryTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReportHistory history;

    @Test
    void recordsStepsInOrderAndCountsThem() {
        ReportClient client = new ReportClient(rest, jdbc);
        String code = client.postJson(ReportClient.report(ReportClient.marker()), null)
                .getBody().get("trackingCode").asText();
        long id = client.reportId(code);

        history.record(id, "routed", null, "ben-thanh");
        history.record(id, "transferred", "ben-thanh-staff", "x".repeat(3000));

        assertThat(history.of(id)).extracting(ReportEvent::getEvent).containsSubsequence("routed", "transferred");
        assertThat(history.of(id)).filteredOn(e -> e.getEvent().equals("transferred")).singleElement()
                .satisfies(e -> {
                    assertThat(e.getActor()).isEqualTo("ben-thanh-staff");
                    assertThat(e.getDetail()).hasSize(2000);
                });
        assertThat(history.of(id)).filteredOn(e -> e.getEvent().equals("routed")).singleElement()
                .extracting(ReportEvent::getActor).isEqualTo(ReportHistory.SYSTEM);
        assertThat(history.count(id, "routed")).isEqualTo(1);
    }
}
