package vn.hcmc.feedback.insight;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Prometheus figures (issue 20) come from the tables: a report received, triaged by the desk and overdue moves
 * its counters and its unit's gauge; the endpoint shows them to managers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
class FeedbackMetricsTest {

    @Autowired
    FeedbackMetrics metrics;
    @Autowired
    MeterRegistry registry;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestRestTemplate rest;

    @Test
    void aReportMovesTheCountersAndItsUnitsOverdueGauge() throws java.io.IOException {
        metrics.refresh();
        double received = counter("feedback.reports.received", "category", "trees");
        double manual = counter("feedback.triage", "mode", "MANUAL");
        double overdue = registry.get("feedback.reports.overdue").tag("unit", "con-dao").gauge().value();

        String code = "ZZ-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Instant now = Instant.now();
        jdbc.update("insert into report (tracking_code, access_token_hash, status, description, category, unit_code,"
                + " contact_flood, public_visible, language, urgent, received_at, updated_at, answer_due_at,"
                + " triage_mode) values (?, 'x', 'ASSIGNED', 'Cây đổ', 'trees', 'con-dao', false, true, 'vi', false,"
                + " ?, ?, ?, 'MANUAL')", code, Timestamp.from(now), Timestamp.from(now),
                Timestamp.from(now.minusSeconds(3600)));
        try {
            metrics.refresh();
            assertThat(counter("feedback.reports.received", "category", "trees")).isEqualTo(received + 1);
            assertThat(counter("feedback.triage", "mode", "MANUAL")).isEqualTo(manual + 1);
            assertThat(registry.get("feedback.reports.overdue").tag("unit", "con-dao").gauge().value())
                    .isEqualTo(overdue + 1);

            ResponseEntity<String> scrape = rest.withBasicAuth("manager", "manager")
                    .getForEntity("/actuator/prometheus", String.class);
            assertThat(scrape.getStatusCode().value()).as("%s %s", scrape.getHeaders(), scrape.getBody()).isEqualTo(200);
            assertThat(scrape.getBody()).contains("feedback_reports_received_total{category=\"trees\",channel=\"api\"",
                    "feedback_reports_overdue{unit=\"con-dao\"", "feedback_answers_published_total",
                    "feedback_sla_breaches_total", "feedback_escalations_total{level=\"2\"",
                    "feedback_triage_total{mode=\"AUTO\"", "feedback_mail_failures_total", "feedback_mails_pending");
            // the Grafana dashboard of docker-compose.yml asks only for series the application exposes
            String dashboard = java.nio.file.Files.readString(
                    java.nio.file.Path.of("ops/grafana/dashboards/citizen-feedback.json"));
            java.util.regex.Matcher series = java.util.regex.Pattern.compile("feedback_[a-z_]+").matcher(dashboard);
            int asked = 0;
            while (series.find()) {
                asked++;
                assertThat(scrape.getBody()).as("series %s of the Grafana dashboard", series.group())
                        .contains(series.group());
            }
            assertThat(asked).isGreaterThan(5);
        } finally {
            jdbc.update("delete from report where tracking_code = ?", code);
        }
    }

    private double counter(String name, String tag, String value) {
        return registry.get(name).tag(tag, value).functionCounters().stream().mapToDouble(c -> c.count()).sum();
    }
}
