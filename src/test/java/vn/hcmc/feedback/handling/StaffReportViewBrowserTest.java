package vn.hcmc.feedback.handling;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.hcmc.feedback.support.Browser;

/**
 * An official's morning in headless Chromium: logs in to Tasklist with its own login page, finds the report's task
 * in the list by its caption (code, category, ward, first words), and opens the staff report view with that same
 * login: the text, the ward's boundary on the map (the tiles come from a closed port, so the polygon is drawn on the
 * plain background), the deadlines, the history. Another ward's official, logged in the same way, gets the 403 page.
 * Screenshots under target/screenshots/tasklist-*.png; the view is checked with axe-core (no serious or critical
 * violation) and must log no browser error (a CSP violation is one).
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "feedback.citizen.map.tile-url=http://127.0.0.1:9/{z}/{x}/{y}.png")
class StaffReportViewBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;

    HandlingTestSupport support;

    @BeforeEach
    void setUp() {
        support = new HandlingTestSupport(processEngine, rest, jdbc);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void theWardsOfficialFindsTheTaskAndReadsTheCaseWithoutASecondLogin() {
        HandlingTestSupport.Sent sent = support.send("2026-03-09T10:00:00+07:00");
        ClockUtil.reset();
        try (Browser browser = Browser.open(1280, 900)) {
            WebDriver d = browser.driver();
            logIn(d, "ben-thanh-staff");
            WebDriverWait wait = new WebDriverWait(d, Duration.ofSeconds(30));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tasks-list")));
            browser.screenshot("tasklist-1-task-list");
            // the task as Tasklist opens it from the list (other tests' tasks may fill the list's first page)
            String taskId = support.task(support.instance(sent.trackingCode()),
                    vn.hcmc.feedback.report.process.ReportHandlingProcess.TASK_HANDLE_REPORT).getId();
            d.get(url("/camunda/app/tasklist/default/#/?task=" + taskId));
            wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector(".fjs-form a[href='/staff/reports/" + sent.trackingCode() + "']")));
            assertThat(d.findElement(By.cssSelector("body")).getText()).as("the task's caption")
                    .contains("Xử lý phản ánh / Handle report · " + sent.trackingCode() + " · Rác thải");
            assertThat(d.findElement(By.cssSelector(".fjs-form")).getText()).as("deadlines in city time, no codes")
                    .contains("Hạn trả lời / answer due 17:00 18/03/2026")
                    .doesNotContain("2026-03-18T", "garbage", "****");
            browser.screenshot("tasklist-1b-handle-form");
            d.manage().logs().get(LogType.BROWSER); // Tasklist's own log (its probes answer 404) stays out of it

            d.get(url("/staff/reports/" + sent.trackingCode()));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#map path.leaflet-interactive")));
            assertThat(d.findElement(By.tagName("main")).getText())
                    .contains("Rác thải sinh hoạt ùn ứ nhiều ngày", "Lê Thị C", "Đang xử lý / Being handled",
                            "Hạn trả lời / Answer due", "Phường Bến Thành");
            browser.screenshot("tasklist-2-staff-report-view");
            List<Rule> serious = new AxeBuilder().analyze(d).getViolations().stream()
                    .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact())).toList();
            assertThat(serious).as("axe-core: %s", serious.stream().map(Rule::getId).toList()).isEmpty();
            List<String> errors = d.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage)
                    .filter(m -> !m.contains("127.0.0.1:9/")) // the closed tile port, on purpose
                    .toList();
            assertThat(errors).as("browser errors on the staff report view").isEmpty();
        }
        try (Browser browser = Browser.open(1280, 900)) {
            WebDriver d = browser.driver();
            logIn(d, "phu-loi-staff");
            new WebDriverWait(d, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector(".tasks-list, [cam-tasks]")));
            d.get(url("/staff/reports/" + sent.trackingCode()));
            assertThat(d.findElement(By.tagName("h1")).getText()).contains("Không có quyền xem phản ánh này");
            assertThat(d.getPageSource()).doesNotContain("Rác thải", "Lê Thị C");
            browser.screenshot("tasklist-3-another-ward-refused");
        }
    }

    private void logIn(WebDriver d, String user) {
        d.get(url("/camunda/app/tasklist/default/"));
        WebDriverWait wait = new WebDriverWait(d, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")))
                .sendKeys(user);
        d.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(user);
        d.findElement(By.cssSelector("form button[type='submit']")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[ng-model='password']")));
    }
}
