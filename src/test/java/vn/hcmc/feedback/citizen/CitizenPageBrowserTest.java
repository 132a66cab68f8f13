package vn.hcmc.feedback.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.hcmc.feedback.attachment.SampleFiles;
import vn.hcmc.feedback.report.ReportClient;
import vn.hcmc.feedback.report.TrackingCodes;
import vn.hcmc.feedback.support.Browser;

/**
 * The citizens' page in headless Chromium on a 360 px phone: a citizen sends a report with a photo and a ward (the
 * server's problem shown next to the field first), follows it by its private link, answers the unit's question,
 * reads the answer by tracking code, rates it low and is told what happens next; browses the answers, switches to
 * English, and answers a survey with every question type and its show-if condition. Each page is checked with
 * axe-core (no serious or critical violation), must not scroll sideways, must log no error (a CSP violation is
 * one), and is saved under target/screenshots/citizen-*.png. The map's tiles come from a closed local port: the
 * map still takes a pin, and the ward picker does not depend on it.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "feedback.citizen.map.tile-url=http://127.0.0.1:9/{z}/{x}/{y}.png")
class CitizenPageBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    vn.hcmc.feedback.notification.sms.SmsCatcher smsCatcher;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @TempDir
    Path files;

    CitizenTestKit kit;

    @BeforeEach
    void setUp() {
        ClockUtil.reset();
        kit = new CitizenTestKit(rest, runtimeService, managementService, jdbc);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void aCitizenReportsAnswersTheUnitFollowsAndRatesOnAPhone() throws Exception {
        String marker = ReportClient.marker();
        Path photo = Files.write(files.resolve("rac-hem-42.png"), SampleFiles.pngWithGps(10.7721, 106.6983));
        try (Browser browser = Browser.open(360, 780)) {
            ChromeDriver d = browser.driver();
            d.get(url("/report"));
            WebDriverWait wait = new WebDriverWait(d, Duration.ofSeconds(15));
            wait.until(x -> new Select(d.findElement(By.id("category"))).getOptions().size() > 10
                    && new Select(d.findElement(By.id("wardCode"))).getOptions().size() == 169);
            assertThat(d.getTitle()).startsWith("Gửi phản ánh");
            check(browser, "citizen-report-360");

            // the server's problem detail next to its field, nothing stored
            d.findElement(By.id("send")).click();
            WebElement descriptionError = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.id("description-error")));
            assertThat(descriptionError.getText()).contains("10");
            assertThat(d.findElement(By.id("description")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(d.switchTo().activeElement().getAttribute("id")).isEqualTo("description");
            browser.screenshot("citizen-report-error-360");

            // a pin on the map finds its ward; then the pin is removed and the ward chosen by a search without accents
            new Actions(d).moveToElement(d.findElement(By.id("map"))).click().perform();
            wait.until(x -> d.findElement(By.id("pin")).getText().contains("Phường"));
            assertThat(new Select(d.findElement(By.id("wardCode"))).getFirstSelectedOption().getAttribute("value"))
                    .isNotEmpty();
            d.findElement(By.id("unpin")).click();

            d.findElement(By.id("title")).sendKeys("Rác ùn ứ đầu hẻm 42 Nguyễn Trãi " + marker);
            d.findElement(By.id("description")).sendKeys("Rác thải sinh hoạt ùn ứ nhiều ngày ở đầu hẻm 42, xe thu "
                    + "gom không đến, bốc mùi hôi. <script>alert(1)</script> " + marker);
            d.findElement(By.id("ward-search")).sendKeys("ben thanh");
            // the list keeps "none", the pin's ward (still chosen) and what matches
            wait.until(x -> new Select(d.findElement(By.id("wardCode"))).getOptions().stream()
                    .anyMatch(o -> o.getText().equals("Phường Bến Thành")));
            assertThat(new Select(d.findElement(By.id("wardCode"))).getOptions()).hasSizeLessThanOrEqualTo(3);
            new Select(d.findElement(By.id("wardCode"))).selectByValue("ben-thanh");
            d.findElement(By.id("files")).sendKeys(photo.toAbsolutePath().toString());
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#previews img")));
            d.findElement(By.id("reporter.email")).sendKeys(marker + "@example.vn");
            browser.screenshot("citizen-report-filled-360");
            d.findElement(By.id("send")).click();

            WebElement done = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
            String code = d.findElement(By.id("done-code")).getText();
            assertThat(TrackingCodes.isWellFormed(code)).as(code).isTrue();
            String privateLink = d.findElement(By.id("done-link")).getText();
            assertThat(privateLink).startsWith(url("/reports/" + code + "#token="));
            assertThat(done.getText()).contains("Thư xác nhận");
            assertThat(jdbc.queryForObject("select count(*) from report where description like ?", Long.class,
                    "%" + marker)).as("one report, the invalid attempt stored nothing").isEqualTo(1);
            check(browser, "citizen-report-done-360");

            // the unit asks; the citizen answers through the private link
            kit.runDueJobs(code);
            assertThat(kit.unit(code)).isEqualTo("ben-thanh");
            kit.askForInformation(code, "Xin cho biết rác nằm bên trái hay bên phải đầu hẻm?");
            d.get(privateLink);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("information")));
            assertThat(d.findElement(By.id("question")).getText()).isEqualTo(
                    "Xin cho biết rác nằm bên trái hay bên phải đầu hẻm?");
            assertThat(d.findElement(By.id("status")).getText()).isEqualTo("Đơn vị chờ bạn bổ sung thông tin");
            assertThat(d.findElement(By.id("content-text")).getText()).as("user text is text, not markup")
                    .contains("<script>alert(1)</script>");
            assertThat(d.findElement(By.id("timeline")).getText()).contains("Chuyển đến Phường Bến Thành");
            check(browser, "citizen-follow-private-360");
            d.findElement(By.cssSelector("#information-form button[type=submit]")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("information-text-error")));
            d.findElement(By.id("information-text")).sendKeys("Bên phải, trước nhà số 42.");
            d.findElement(By.id("information-files")).sendKeys(photo.toAbsolutePath().toString());
            d.findElement(By.cssSelector("#information-form button[type=submit]")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("information-done")));
            wait.until(x -> d.findElement(By.id("status")).getText().equals("Đang được đơn vị xử lý"));
            assertThat(kit.status(code)).isEqualTo("ASSIGNED");

            // the answer, read by tracking code: the public view shows nothing the citizen wrote
            kit.answer(code, "Đã thu gom rác ở đầu hẻm 42 Nguyễn Trãi và nhắc các hộ dân đổ rác đúng giờ.");
            d.get(url("/follow"));
            d.findElement(By.id("code")).sendKeys(code.toLowerCase());
            d.findElement(By.cssSelector("main form button[type=submit]")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("answer")));
            assertThat(d.getCurrentUrl()).isEqualTo(url("/reports/" + code));
            assertThat(d.findElement(By.id("answer-text")).getText()).startsWith("Đã thu gom rác");
            assertThat(d.findElement(By.id("status")).getText()).isEqualTo("Đã có trả lời");
            assertThat(d.findElement(By.id("content")).isDisplayed()).isFalse();
            assertThat(d.findElement(By.id("rating")).isDisplayed()).as("no rating without the token").isFalse();
            assertThat(d.getPageSource()).doesNotContain(marker + "@example.vn").doesNotContain("Bên phải, trước");
            check(browser, "citizen-follow-public-360");

            // a low rating: the citizen is told the report is reopened
            d.get(privateLink);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rating")));
            d.findElement(By.cssSelector("label[for=score-2]")).click();
            d.findElement(By.id("comment")).sendKeys("Rác lại ùn ứ sau hai ngày.");
            check(browser, "citizen-rating-360");
            d.findElement(By.cssSelector("#rating-form button[type=submit]")).click();
            WebElement rated = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rating-done")));
            assertThat(rated.getText()).contains("mở lại");
            kit.runDueJobs(code);
            assertThat(kit.status(code)).isEqualTo("REOPENED");
            d.navigate().refresh();
            wait.until(x -> d.findElement(By.id("timeline")).getText().contains("Phản ánh được mở lại"));
            browser.screenshot("citizen-rated-360");

            // the published answers, each linking to its report
            d.get(url("/answers"));
            WebElement link = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#list a[href='/reports/" + code + "']")));
            assertThat(link.getText()).contains("Rác ùn ứ đầu hẻm 42");
            // and on the map, a circle per ward of answered reports (inside the ward, not at the report's place)
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#map path.leaflet-interactive")));
            ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                    "document.getElementById('map').scrollIntoView({block: 'center'});");
            browser.screenshot("citizen-answers-map-360");
            new Select(d.findElement(By.id("unit"))).selectByValue("tan-dinh");
            d.findElement(By.cssSelector("#filters button[type=submit]")).click();
            wait.until(x -> d.findElements(By.cssSelector("#list a[href='/reports/" + code + "']")).isEmpty());
            check(browser, "citizen-answers-360");

            // English on request, kept while browsing, Vietnamese again on request
            d.get(url("/"));
            check(browser, "citizen-home-360");
            d.findElement(By.id("lang-switch")).click();
            wait.until(x -> d.findElement(By.tagName("h1")).getText().equals("Tell the city"));
            d.findElement(By.linkText("Report a problem")).click();
            wait.until(x -> new Select(d.findElement(By.id("wardCode"))).getOptions().size() == 169);
            d.findElement(By.id("ward-search")).sendKeys("Ben Thanh");
            wait.until(x -> new Select(d.findElement(By.id("wardCode"))).getOptions().size() == 2);
            check(browser, "citizen-report-en-360");
            d.findElement(By.id("lang-switch")).click();
            wait.until(x -> d.findElement(By.tagName("h1")).getText().equals("Gửi phản ánh"));
        }
    }

    @Test
    void aCitizenAnswersASurveyWithEveryQuestionType() {
        String title = "Lấy ý kiến về tuyến xe buýt số 150 " + ReportClient.marker();
        long id = kit.openSurvey(title);
        try (Browser browser = Browser.open(360, 780)) {
            ChromeDriver d = browser.driver();
            WebDriverWait wait = new WebDriverWait(d, Duration.ofSeconds(15));
            d.get(url("/surveys"));
            WebElement link = wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText(title)));
            check(browser, "citizen-surveys-360");
            link.click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("survey-form")));
            wait.until(x -> new Select(d.findElement(By.id("unit"))).getOptions().size() == 169);
            assertThat(d.findElement(By.id("q-q2")).isDisplayed()).as("q2 only if q1 = yes").isFalse();
            d.findElement(By.cssSelector("label[for=q-q1-yes]")).click();
            assertThat(d.findElement(By.id("q-q2")).isDisplayed()).isTrue();
            check(browser, "citizen-survey-360");

            d.findElement(By.cssSelector("#survey-form button[type=submit]")).click();
            wait.until(x -> d.findElements(By.cssSelector("#survey-form .error")).stream()
                    .anyMatch(WebElement::isDisplayed));
            browser.screenshot("citizen-survey-errors-360");

            d.findElement(By.cssSelector("label[for=q-q2-r1]")).click();
            d.findElement(By.cssSelector("label[for=q-q2-r3]")).click();
            d.findElement(By.cssSelector("label[for=q-q3-4]")).click();
            d.findElement(By.id("q-q4")).sendKeys("6");
            d.findElement(By.id("q-q5")).sendKeys("Nên có thêm chuyến buổi tối.");
            d.findElement(By.id("ward-search")).sendKeys("tan dinh");
            wait.until(x -> new Select(d.findElement(By.id("unit"))).getOptions().size() == 2);
            new Select(d.findElement(By.id("unit"))).selectByValue("tan-dinh");
            d.findElement(By.id("email")).sendKeys(ReportClient.marker() + "@example.vn");
            d.findElement(By.cssSelector("#survey-form button[type=submit]")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("survey-done")));
            assertThat(jdbc.queryForObject("select count(*) from survey_answer where survey_id = ?", Long.class, id))
                    .isEqualTo(1);
            check(browser, "citizen-survey-done-360");

            // the public lists: surveys with published results, campaigns with published results
            d.get(url("/campaigns"));
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("loading")));
            assertThat(d.findElement(By.tagName("h1")).getText()).contains("Kết quả các chiến dịch");
            check(browser, "citizen-campaigns-360");
        }
    }

    @Test
    void aCitizenProvesTheirPhoneWithTheCodeFromTheSmsAndAnswers() {
        String title = "Lấy ý kiến có xác minh số điện thoại " + ReportClient.marker();
        long id = kit.openSurvey(title, "VERIFIED_PHONE");
        String phone = "09" + String.format("%08d", java.util.concurrent.ThreadLocalRandom.current()
                .nextInt(100_000_000));
        try (Browser browser = Browser.open(360, 780)) {
            ChromeDriver d = browser.driver();
            WebDriverWait wait = new WebDriverWait(d, Duration.ofSeconds(15));
            d.get(url("/surveys/" + id));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("survey-form")));
            wait.until(x -> new Select(d.findElement(By.id("unit"))).getOptions().size() == 169);
            assertThat(d.findElement(By.id("email")).isDisplayed()).as("no e-mail for a verified phone").isFalse();
            assertThat(d.findElement(By.id("survey-anonymity")).getText()).contains("xác minh số điện thoại");
            d.findElement(By.cssSelector("label[for=q-q1-no]")).click();
            d.findElement(By.cssSelector("label[for=q-q3-5]")).click();
            d.findElement(By.id("ward-search")).sendKeys("tan dinh");
            wait.until(x -> new Select(d.findElement(By.id("unit"))).getOptions().size() == 2);
            new Select(d.findElement(By.id("unit"))).selectByValue("tan-dinh");

            d.findElement(By.id("phone")).sendKeys("12345");
            d.findElement(By.id("send-code")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("phone-error")));
            d.findElement(By.id("phone")).clear();
            d.findElement(By.id("phone")).sendKeys(phone);
            d.findElement(By.id("send-code")).click();
            WebElement sent = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("code-sent")));
            assertThat(sent.getText()).contains(phone.substring(0, 3) + "•••••" + phone.substring(8));
            check(browser, "citizen-survey-phone-code-sent-360");

            d.findElement(By.id("phoneCode")).sendKeys("000000".equals(codeSentTo(phone)) ? "111111" : "000000");
            d.findElement(By.cssSelector("#survey-form button[type=submit]")).click();
            WebElement wrong = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("phoneCode-error")));
            assertThat(wrong.getText()).contains("Mã xác minh không đúng");
            check(browser, "citizen-survey-phone-code-wrong-360");
            assertThat(jdbc.queryForObject("select count(*) from survey_answer where survey_id = ?", Long.class, id))
                    .isZero();

            d.findElement(By.id("phoneCode")).clear();
            d.findElement(By.id("phoneCode")).sendKeys(codeSentTo(phone));
            d.findElement(By.cssSelector("#survey-form button[type=submit]")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("survey-done")));
            assertThat(jdbc.queryForObject("select count(*) from survey_answer where survey_id = ?", Long.class, id))
                    .isEqualTo(1);
            check(browser, "citizen-survey-phone-done-360");
        }
    }

    private String codeSentTo(String phone) {
        String text = smsCatcher.latestTo(phone).orElseThrow(() -> new AssertionError("no SMS to " + phone)).text();
        java.util.regex.Matcher code = java.util.regex.Pattern.compile("\\b(\\d{6})\\b").matcher(text);
        assertThat(code.find()).as(text).isTrue();
        return code.group(1);
    }

    /** axe-core: no serious or critical violation; no sideways scrolling; no console error; a screenshot. */
    private void check(Browser browser, String name) {
        WebDriver d = browser.driver();
        browser.screenshot(name);
        assertThat(browser.horizontalOverflow()).as("no sideways scrolling on %s", name).isZero();
        Results results = new AxeBuilder().analyze(d);
        List<Rule> serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact())).toList();
        assertThat(serious).as("axe-core violations on %s: %s", name, serious.stream()
                .map(v -> v.getId() + " " + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList())
                .toList()).isEmpty();
        List<String> errors = d.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                // the map's tiles come from a closed port on purpose
                .filter(m -> !m.contains("127.0.0.1:9/"))
                // the problem details the test provokes (400) are logged by Chromium as failed loads
                .filter(m -> !m.matches(".*/api/.* - Failed to load resource: the server responded with a status "
                        + "of 4\\d\\d .*"))
                .toList();
        assertThat(errors).as("browser errors on %s", name).isEmpty();
    }
}
