package vn.hcmc.feedback.notification.catcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.hcmc.feedback.notification.MailNotifier;
import vn.hcmc.feedback.notification.process.MailWorker;
import vn.hcmc.feedback.report.ReportClient;
import vn.hcmc.feedback.support.MailDeliveries;

/**
 * The demo mail catcher on (on a free port, so it never meets the tests' own SMTP server): mails delivered by
 * mail-delivery land in it, and the staff page lists them newest first and opens one as decoded text, for
 * administrators only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"feedback.mail.catcher.enabled=true", "feedback.mail.catcher.port=0"})
class CaughtMailPageTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    MailNotifier notifier;
    @Autowired
    MailCatcher catcher;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MailWorker mailWorker;
    @Autowired
    ExternalTaskService externalTaskService;

    String marker;

    @BeforeEach
    void setUp() {
        marker = ReportClient.marker();
    }

    /** Queues and delivers a mail; returns its number in the catcher. */
    int deliver(String to, String subject, String body) {
        String key = "test:catcher:" + marker + ":" + to;
        assertThat(notifier.enqueue(key, to, subject, body)).isTrue();
        assertThat(new MailDeliveries(mailWorker, externalTaskService, jdbc).deliver(key)).isEqualTo(1);
        List<MailCatcher.CaughtMail> newest = catcher.newestFirst();
        assertThat(newest.get(0).subject()).isEqualTo(subject);
        return newest.get(0).number();
    }

    @Test
    void anAdministratorSeesTheCaughtMailsNewestFirstAndOpensOneAsText() {
        int first = deliver("nguyen.van.a@example.vn", "Đã tiếp nhận phản ánh " + marker,
                "Kính gửi ông Nguyễn Văn A,\nThành phố đã tiếp nhận phản ánh của ông.\n");
        int second = deliver("tran.thi.b@example.vn", "Phản ánh " + marker + " đã có trả lời <b>&</b>",
                "Kính gửi bà Trần Thị B,\nĐường Lê Lợi đã được sửa. <script>alert(1)</script>\nTrân trọng.\n");
        assertThat(second).isGreaterThan(first);

        ResponseEntity<String> list = rest.withBasicAuth("demo", "demo").getForEntity("/staff/mails", String.class);
        assertThat(list.getStatusCode().value()).isEqualTo(200);
        assertThat(list.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(list.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'none'");
        String page = list.getBody();
        assertThat(page).contains("Thư đã gửi (hộp thư thử nghiệm)").contains("Mails sent (demo mail catcher)")
                .doesNotContain("<script");
        String answered = "Phản ánh " + marker + " đã có trả lời &lt;b&gt;&amp;&lt;/b&gt;";
        String received = "Đã tiếp nhận phản ánh " + marker;
        assertThat(page).contains(answered, received, "tran.thi.b@example.vn", "nguyen.van.a@example.vn");
        assertThat(page.indexOf(answered)).as("newest first").isLessThan(page.indexOf(received));
        MailCatcher.CaughtMail newest = catcher.mail(second).orElseThrow();
        String shownAt = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
                .format(newest.receivedAt().atZone(CaughtMailController.CITY_ZONE));
        assertThat(page).as("time in Ho Chi Minh City").contains(shownAt)
                .contains("href=\"/staff/mails/" + second + "\"");

        ResponseEntity<String> one = rest.withBasicAuth("demo", "demo")
                .getForEntity("/staff/mails/" + second, String.class);
        assertThat(one.getStatusCode().value()).isEqualTo(200);
        assertThat(one.getBody()).contains("Kính gửi bà Trần Thị B,\nĐường Lê Lợi đã được sửa. "
                        + "&lt;script&gt;alert(1)&lt;/script&gt;\nTrân trọng.")
                .contains("tran.thi.b@example.vn").contains("no-reply@feedback.local")
                .contains(shownAt + " (giờ Việt Nam)").doesNotContain("<script");

        assertThat(rest.withBasicAuth("demo", "demo").getForEntity("/staff/mails/" + (second + 1000), String.class)
                .getStatusCode().value()).as("no such mail").isEqualTo(404);
        assertThat(rest.withBasicAuth("demo", "demo").getForEntity("/staff/staff.css", String.class)
                .getStatusCode().value()).as("the page's style sheet").isEqualTo(200);
    }

    @Test
    void otherOfficialsAreForbiddenAndAnonymousCallersMustLogIn() {
        ResponseEntity<String> official = rest.withBasicAuth("ben-thanh-leader", "ben-thanh-leader")
                .getForEntity("/staff/mails", String.class);
        assertThat(official.getStatusCode().value()).isEqualTo(403);
        ResponseEntity<String> anonymous = rest.getForEntity("/staff/mails", String.class);
        assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
        assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
    }
}
