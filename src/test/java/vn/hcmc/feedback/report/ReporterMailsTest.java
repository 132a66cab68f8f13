package vn.hcmc.feedback.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.hcmc.feedback.support.MailDeliveries;
import vn.hcmc.feedback.support.TestMail;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReporterMailsTest {

    @RegisterExtension
    static GreenMailExtension smtp = TestMail.server();

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReporterMails mails;
    @Autowired
    org.camunda.bpm.engine.RuntimeService runtimeService;
    @Autowired
    org.camunda.bpm.engine.ManagementService managementService;

    @Test
    void sendsOncePerRoundInTheReportersLanguageAndNothingToAnonymousReporters() throws Exception {
        ReportClient client = new ReportClient(rest, jdbc);
        String marker = ReportClient.marker();
        Map<String, Object> body = ReportClient.report(marker);
        String email = marker.toLowerCase().replaceAll("[^a-z0-9]", "") + "@example.vn";
        body.put("reporter", Map.of("name", "Trần Văn B", "email", email));
        body.put("language", "en");
        String code = client.postJson(body, null).getBody().get("trackingCode").asText();
        long id = client.reportId(code);

        assertThat(mails.send(id, "receipt", "1", false, Map.of())).isEqualTo(1);
        assertThat(mails.send(id, "receipt", "1", false, Map.of())).isZero();
        assertThat(mails.send(id, "receipt", "2", false, Map.of())).isEqualTo(1);
        assertThat(new MailDeliveries(runtimeService, managementService, jdbc).deliver(email))
                .as("two mails queued").isEqualTo(2);

        MimeMessage[] received = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(email);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).toArray(MimeMessage[]::new);
        assertThat(received).hasSize(2);
        assertThat(received[0].getSubject()).isEqualTo("Report " + code + " received");

        Map<String, Object> anonymous = ReportClient.report(ReportClient.marker());
        anonymous.remove("reporter");
        String anonymousCode = client.postJson(anonymous, null).getBody().get("trackingCode").asText();
        assertThat(mails.send(client.reportId(anonymousCode), "receipt", "1", true, Map.of())).isZero();
    }
}
