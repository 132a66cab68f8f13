package vn.hcmc.feedback.insight;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.logging.Level;
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
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.hcmc.feedback.support.Browser;

/**
 * A manager's look at June 2026 in headless Chromium, logged in through Tasklist's login page: the dashboard with
 * the hand-counted units of {@link InsightTestData}, a unit's overdue reports, and the published monthly report on
 * a phone-sized public page. Each page is checked with axe-core (no serious or critical violation) and must log no
 * browser error. Screenshots target/screenshots/insight-*.png.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InsightBrowserTest {

    static final YearMonth JUNE = YearMonth.of(2026, 6);

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MonthlyReports monthly;

    InsightTestData data;

    @BeforeEach
    void knownCases() {
        data = new InsightTestData(jdbc);
        data.insert();
        jdbc.update("delete from monthly_report where period_month = ?", JUNE.toString());
        monthly.generate(JUNE);
        monthly.decide(JUNE, true, null, "city-leader");
        monthly.publish(JUNE);
    }

    @AfterEach
    void removeThem() {
        jdbc.update("delete from monthly_report where period_month = ?", JUNE.toString());
        data.remove();
    }

    @Test
    void theManagerReadsTheFiguresTheOverdueReportsAndThePublishedMonth() {
        try (Browser browser = Browser.open(1366, 900)) {
            WebDriver d = browser.driver();
            d.get(url("/camunda/app/tasklist/default/"));
            WebDriverWait wait = new WebDriverWait(d, Duration.ofSeconds(30));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")))
                    .sendKeys("manager");
            d.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("manager");
            d.findElement(By.cssSelector("form button[type='submit']")).click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[ng-model='password']")));
            d.manage().logs().get(LogType.BROWSER); // Tasklist's own log stays out of it

            d.get(url("/staff/insight?month=2026-06"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.figures")));
            assertThat(d.findElement(By.tagName("main")).getText())
                    .contains("Kết quả giải quyết phản ánh", "12:00 25/05/2026 – 12:00 25/06/2026", "Xã Thạnh An",
                            "Đặc khu Côn Đảo");
            browser.screenshot("insight-1-dashboard");
            accessibleAndQuiet(d, "the dashboard");

            d.findElement(By.cssSelector("a[href='/staff/insight/units/" + InsightTestData.A + "/overdue']")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main table")));
            assertThat(d.findElement(By.tagName("h1")).getText()).contains("Xã Thạnh An");
            assertThat(d.findElements(By.cssSelector("main tbody tr"))).as("R4, R5 and R7, at today's date")
                    .hasSize(3);
            browser.screenshot("insight-2-overdue");
            accessibleAndQuiet(d, "the overdue reports");

            browser.resize(390, 860);
            d.get(url("/monthly-reports/2026-06"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.ranking-table")));
            assertThat(d.findElement(By.tagName("main")).getText()).contains("Báo cáo kết quả giải quyết",
                    "Đặc khu Côn Đảo");
            assertThat(browser.horizontalOverflow()).as("fits a phone").isLessThanOrEqualTo(0);
            browser.screenshot("insight-3-public-monthly-phone");
            accessibleAndQuiet(d, "the public monthly report");
        }
    }

    private static void accessibleAndQuiet(WebDriver d, String page) {
        List<Rule> serious = new AxeBuilder().analyze(d).getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact())).toList();
        assertThat(serious).as("axe-core on %s: %s", page, serious.stream().map(Rule::getId).toList()).isEmpty();
        List<String> errors = d.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
        assertThat(errors).as("browser errors on %s", page).isEmpty();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
