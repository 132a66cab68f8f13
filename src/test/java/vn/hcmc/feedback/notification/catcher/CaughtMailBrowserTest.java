package vn.hcmc.feedback.notification.catcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.hcmc.feedback.notification.MailNotifier;
import vn.hcmc.feedback.notification.process.MailWorker;
import vn.hcmc.feedback.report.ReportClient;
import vn.hcmc.feedback.support.Browser;
import vn.hcmc.feedback.support.MailDeliveries;

/**
 * The caught-mail page in headless Chromium, on a phone (360 px) and a desktop (1280 px): the administrator logs in
 * (HTTP Basic), sees the newest mail first, opens it and reads its Vietnamese text; nothing scrolls sideways.
 * Screenshots: target/screenshots/mails-*.png.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"feedback.mail.catcher.enabled=true", "feedback.mail.catcher.port=0"})
class CaughtMailBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    MailNotifier notifier;
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

    @Test
    void theAdministratorReadsTheCaughtMailsOnAPhoneAndOnADesktop() {
        String marker = ReportClient.marker();
        queue(marker, "le.thi.mai@example.vn", "Đã tiếp nhận phản ánh PA-26-7K3F9Q",
                "Kính gửi bà Lê Thị Mai,\n\nThành phố đã tiếp nhận phản ánh \"Rác thải ùn ứ ở đầu hẻm 42 Nguyễn Trãi\""
                        + " (mã PA-26-7K3F9Q).\nĐơn vị xử lý: Phường Bến Thành.\n\nTheo dõi: "
                        + "http://localhost:8080/api/reports/PA-26-7K3F9Q\n\nTrân trọng,\nCổng phản ánh kiến nghị "
                        + "TP.HCM\n");
        queue(marker, "ben-thanh-leader@demo.feedback.local",
                "[Công dân số] Nhắc báo cáo tiến độ kỳ 2 - Phường Bến Thành / Progress reminder",
                "Kính gửi Lãnh đạo Phường Bến Thành,\n\nChiến dịch \"Hãy trở thành công dân số\": kỳ báo cáo 2 đã "
                        + "kết thúc lúc 09/12/2026 08:00 (giờ Việt Nam).\nĐơn vị chưa gửi báo cáo tiến độ của kỳ "
                        + "này. / Your unit did not report for this period.\n");
        String newest = "Phản ánh PA-26-7K3F9Q đã có trả lời";
        queue(marker, "le.thi.mai@example.vn", newest,
                "Kính gửi bà Lê Thị Mai,\n\nPhường Bến Thành đã trả lời phản ánh của bà:\n\"Đã thu gom rác ở đầu "
                        + "hẻm 42 Nguyễn Trãi và nhắc nhở các hộ dân đổ rác đúng giờ.\"\n\nNếu chưa hài lòng, bà "
                        + "có thể đánh giá câu trả lời tại http://localhost:8080/api/reports/PA-26-7K3F9Q/rating"
                        + "?token=aVeryLongTokenWithoutAnySpacesThatMustWrapOnAPhone0123456789\n");
        assertThat(new MailDeliveries(mailWorker, externalTaskService, jdbc).deliver("test:browser:" + marker))
                .isEqualTo(3);

        for (int[] size : List.of(new int[] {360, 780}, new int[] {1280, 800})) {
            String suffix = "-" + size[0];
            try (Browser browser = Browser.open(size[0], size[1])) {
                browser.driver().get("http://demo:demo@localhost:" + port + "/staff/mails");
                assertThat(browser.driver().getTitle())
                        .isEqualTo("Thư đã gửi (hộp thư thử nghiệm) / Mails sent (demo mail catcher)");
                assertThat(browser.driver().findElement(By.tagName("h1")).getText())
                        .contains("Thư đã gửi (hộp thư thử nghiệm)").contains("Mails sent (demo mail catcher)");
                WebElement first = browser.driver().findElement(By.cssSelector("table.mails tbody tr td.subject a"));
                assertThat(first.getText()).as("newest first").isEqualTo(newest);
                assertThat(browser.horizontalOverflow()).as("no sideways scrolling at %d px", size[0]).isZero();
                browser.screenshot("mails-list" + suffix);

                first.click();
                assertThat(browser.driver().findElement(By.cssSelector("h1.subject")).getText()).isEqualTo(newest);
                assertThat(browser.driver().findElement(By.cssSelector("pre.body")).getText())
                        .contains("Kính gửi bà Lê Thị Mai,")
                        .contains("\"Đã thu gom rác ở đầu hẻm 42 Nguyễn Trãi và nhắc nhở các hộ dân đổ rác đúng giờ.\"");
                assertThat(browser.horizontalOverflow()).as("no sideways scrolling at %d px", size[0]).isZero();
                browser.screenshot("mails-one" + suffix);
                browser.driver().findElement(By.cssSelector("nav a")).click();
                assertThat(browser.driver().getCurrentUrl()).endsWith("/staff/mails");
            }
        }
    }

    private void queue(String marker, String to, String subject, String body) {
        assertThat(notifier.enqueue("test:browser:" + marker + ":" + subject + ":" + to, to, subject, body))
                .isTrue();
    }
}
