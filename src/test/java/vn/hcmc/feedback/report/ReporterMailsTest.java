package vn.hcmc.feedback.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.Map;
import org.camunda.bpm.engine.ExternalTaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.hcmc.feedback.notification.process.MailWorker;
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
    MailWorker mailWorker;
    @Autowired
    ExternalTaskService externalTaskService;
    @Autowired
    ReporterMails mails;
    @Autowired
    org.camunda.bpm.engine.ProcessEngine processEngine;
    @Autowired
    org.camunda.bpm.engine.RuntimeService runtimeService;
    @Autowired
    org.camunda.bpm.engine.ManagementService managementService;

    /**
     * Issue 17: the receipt carries the private link. The token waits from the request until the receipt is queued
     * (then its row is gone), and the outbox keeps the sent mail without it. An anonymous report keeps nothing.
     */
    @Test
    void theReceiptCarriesThePrivateLinkWhichTheOutboxForgetsOnceSent() throws Exception {
        ReportClient client = new ReportClient(rest, jdbc);
        String marker = ReportClient.marker();
        Map<String, Object> body = ReportClient.report(marker);
        String email = marker.toLowerCase().replaceAll("[^a-z0-9]", "") + "@example.vn";
        body.put("reporter", Map.of("name", "Trần Văn B", "email", email));
        var created = client.postJson(body, null).getBody();
        String code = created.get("trackingCode").asText();
        String token = created.get("accessToken").asText();
        long id = client.reportId(code);
        assertThat(jdbc.queryForObject("select count(*) from report_receipt_link where report_id = ?", Integer.class,
                id)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select access_token_hash from report where id = ?", String.class, id))
                .as("the report keeps only the hash").isNotEqualTo(token);

        vn.hcmc.feedback.support.ReportProcess report = vn.hcmc.feedback.support.ReportProcess.of(
                processEngine, code);
        report.execute(vn.hcmc.feedback.report.process.CitizenReportProcess.START);
        report.execute("ServiceTask_MailReceipt");
        assertThat(jdbc.queryForObject("select count(*) from report_receipt_link where report_id = ?", Integer.class,
                id)).as("taken when the receipt was queued").isZero();
        assertThat(new MailDeliveries(mailWorker, externalTaskService, jdbc).deliver(email)).isEqualTo(1);

        MimeMessage receipt = Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(email);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow();
        assertThat(receipt.getContent().toString()).as("the mail, decoded")
                .contains("/reports/" + code + "#token=" + token);
        assertThat(jdbc.queryForObject("select body from notification where recipient = ? and status = 'SENT'",
                String.class, email)).as("the outbox forgets the token once sent")
                .contains("/reports/" + code + "#token=…").doesNotContain(token);

        Map<String, Object> anonymous = ReportClient.report(ReportClient.marker());
        anonymous.remove("reporter");
        long anonymousId = client.reportId(client.postJson(anonymous, null).getBody().get("trackingCode").asText());
        assertThat(jdbc.queryForObject("select count(*) from report_receipt_link where report_id = ?", Integer.class,
                anonymousId)).as("no address, no link kept").isZero();
    }

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

        assertThat(mails.send(id, "receipt", "1", false, Map.of("privateUrl", "x"))).isEqualTo(1);
        assertThat(mails.send(id, "receipt", "1", false, Map.of("privateUrl", "x"))).isZero();
        assertThat(mails.send(id, "receipt", "2", false, Map.of("privateUrl", "x"))).isEqualTo(1);
        assertThat(new MailDeliveries(mailWorker, externalTaskService, jdbc).deliver(email))
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
        assertThat(mails.send(client.reportId(anonymousCode), "receipt", "1", true, Map.of("privateUrl", "x")))
                .isZero();
    }

    /**
     * Issue 16, finding 6: the reporter of a duplicate reads the original's published (redacted) title when the
     * original is public, and their own words and code when it is private; never the original's raw text.
     */
    @Test
    void aFollowerNeverReadsTheOriginalsRawTextNorAPrivateOriginalsCode() throws Exception {
        ReportClient client = new ReportClient(rest, jdbc);
        String secret = "Nhà bà Nguyễn Thị Lan số 12 hẻm 34, điện thoại 0903 123 456, xả rác ra đường " + ReportClient.marker();
        String followerWords = "Rác ùn ứ đầu hẻm 34 mấy ngày nay " + ReportClient.marker();
        for (boolean publicOriginal : new boolean[] {false, true}) {
            String marker = ReportClient.marker();
            String reporterMail = "r" + marker.toLowerCase().replaceAll("[^a-z0-9]", "") + "@example.vn";
            String followerMail = "f" + marker.toLowerCase().replaceAll("[^a-z0-9]", "") + "@example.vn";
            Map<String, Object> original = new java.util.HashMap<>(Map.of("description", secret, "wardCode",
                    "ben-thanh", "publicVisible", publicOriginal,
                    "reporter", Map.of("name", "Nguyễn Thị Lan", "email", reporterMail)));
            String originalCode = client.postJson(original, null).getBody().get("trackingCode").asText();
            Map<String, Object> duplicate = Map.of("description", followerWords, "wardCode", "ben-thanh",
                    "reporter", Map.of("name", "Lê Văn C", "email", followerMail));
            String followerCode = client.postJson(duplicate, null).getBody().get("trackingCode").asText();
            jdbc.update("insert into report_follower (report_id, follower_report_id, created_at) values (?, ?, ?)",
                    client.reportId(originalCode), client.reportId(followerCode),
                    java.sql.Timestamp.from(java.time.Instant.now()));

            int queued = mails.send(client.reportId(originalCode), "answer-published", "1", true, Map.of(
                    "outcomeVi", "Đã giải quyết", "outcomeEn", "Resolved", "answer", "Đã thu gom rác.",
                    "answerEn", "The garbage was collected.", "ratingDays", 7,
                    ReporterMails.PUBLIC_TITLE, "Nhà bà [tên] số 12 hẻm 34, điện thoại [số điện thoại], xả rác"));
            assertThat(queued).isEqualTo(2);
            new MailDeliveries(mailWorker, externalTaskService, jdbc).deliver(followerMail);
            MimeMessage toFollower = Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
                try {
                    return m.getAllRecipients()[0].toString().equals(followerMail);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).findFirst().orElseThrow();
            String decoded = toFollower.getSubject() + "\n" + toFollower.getContent();
            assertThat(decoded).as("public original %s", publicOriginal).doesNotContain("Nguyễn Thị Lan")
                    .doesNotContain("0903 123 456");
            if (publicOriginal) {
                assertThat(decoded).contains(originalCode).contains("[số điện thoại]");
            } else {
                assertThat(decoded).doesNotContain(originalCode).doesNotContain("[số điện thoại]")
                        .contains(followerCode).contains("Rác ùn ứ đầu hẻm 34");
            }
        }
    }
}
