package vn.hcmc.feedback.handling;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.hcmc.feedback.attachment.SampleFiles;
import vn.hcmc.feedback.report.ReportClient;
import vn.hcmc.feedback.report.process.ReportHandlingProcess;
import vn.hcmc.feedback.report.process.ReportTriageProcess;
import vn.hcmc.feedback.support.Browser;
import vn.hcmc.feedback.support.ReportProcess;

/**
 * A report's whole day in Tasklist, in headless Chromium, as issue 18 asks: the triage officer logs in, opens the
 * task, reads the report's text and sees its photo in the task's "Hồ sơ / Case" tab, and routes it to Bến
 * Thành with the form; the ward's official adds a photo as evidence in that tab and answers with the form; the
 * ward's leader reads the answer as it will be published in the tab and approves it; the answer is then in the
 * public feed. Another ward's official sees none of the tasks. Screenshots of each step under
 * target/screenshots/day-*.png. The engine's job executor is off in tests: the test runs the asynchronous steps
 * between the tasks itself, as the executor would.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "feedback.citizen.map.tile-url=http://127.0.0.1:9/{z}/{x}/{y}.png")
class TasklistDayBrowserTest {

    private static final String VAGUE = "Mong các anh chị xem xét giúp chuyện này ở đầu hẻm nhà tôi, cảm ơn nhiều.";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void triageAnswerApproveAndTheAnswerIsPublic() throws java.io.IOException {
        String marker = ReportClient.marker();
        Map<String, Object> body = new HashMap<>();
        body.put("description", VAGUE + " " + marker);
        body.put("wardCode", "ben-thanh");
        body.put("reporter", Map.of("name", "Trần Văn D", "email", marker + "@example.vn"));
        JsonNode created = new ReportClient(rest, jdbc).postMultipart(body, List.of(new ReportClient.File(
                "hem.jpg", "image/jpeg", SampleFiles.jpegWithGps(10.7725, 106.6980))), null).getBody();
        String code = created.get("trackingCode").asText();
        ReportProcess report = ReportProcess.of(processEngine, code);
        runAsyncSteps(code);
        ReportProcess.assertThat(report).as("a vague report goes to the triage desk")
                .isWaitingAt(ReportTriageProcess.TASK_TRIAGE_REPORT);

        try (Browser browser = Browser.open(1280, 1000)) {
            WebDriver d = browser.driver();
            logIn(d, "triage");
            openTask(d, report.task(ReportTriageProcess.TASK_TRIAGE_REPORT).getId());
            WebElement frame = openCaseTab(d);
            d.switchTo().frame(frame);
            wait(d).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".photos img")));
            assertThat(d.findElement(By.tagName("main")).getText()).contains(marker, "Trần Văn D");
            assertThat(d.findElement(By.cssSelector(".photos img")).getAttribute("naturalWidth"))
                    .as("the photo is shown").isNotEqualTo("0");
            d.switchTo().defaultContent();
            browser.screenshot("day-1-triage-report-tab");
            openFormTab(d);
            claim(d);
            chooseRadio(d, "Chuyển xử lý / Route");
            chooseInSelect(d, "Field_Category", null, "Rác thải, vệ sinh môi trường");
            chooseInSelect(d, "Field_Unit", "Bến Thành", "Phường Bến Thành");
            browser.screenshot("day-2-triage-form");
            complete(d);
        }
        runAsyncSteps(code);
        ReportProcess.assertThat(report).as("routed to Bến Thành").isWaitingAt(ReportHandlingProcess.TASK_HANDLE_REPORT);

        try (Browser browser = Browser.open(1280, 1000)) {
            WebDriver d = browser.driver();
            logIn(d, "phu-loi-staff");
            wait(d).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tasks-list")));
            assertThat(d.findElement(By.cssSelector(".tasks-list")).getText()).as("another ward sees no task")
                    .doesNotContain(code);
        }

        try (Browser browser = Browser.open(1280, 1000)) {
            WebDriver d = browser.driver();
            logIn(d, "ben-thanh-staff");
            openTask(d, report.task(ReportHandlingProcess.TASK_HANDLE_REPORT).getId());
            WebElement frame = openCaseTab(d);
            d.switchTo().frame(frame);
            WebElement file = wait(d).until(ExpectedConditions.presenceOfElementLocated(By.id("evidence-files")));
            java.nio.file.Path photo = java.nio.file.Files.createTempFile("hem-da-sach-", ".png");
            java.nio.file.Files.write(photo, SampleFiles.png());
            file.sendKeys(photo.toAbsolutePath().toString());
            d.findElement(By.cssSelector("form.upload button[type=submit]")).click();
            wait(d).until(ExpectedConditions.textToBePresentInElementLocated(By.id("h-evidence"), "Minh chứng"));
            wait(d).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#h-evidence ~ ul.photos img")));
            d.switchTo().defaultContent();
            browser.screenshot("day-3-evidence-added");
            openFormTab(d);
            claim(d);
            chooseRadio(d, "Trả lời / Answer");
            chooseInSelect(d, "Field_AnswerOutcome", null, "Đã giải quyết / Resolved");
            d.findElement(By.cssSelector("textarea[id$='Field_AnswerText']")).sendKeys(
                    "Phường đã thu gom toàn bộ rác ở đầu hẻm và nhắc đơn vị thu gom đến đúng lịch. " + marker);
            browser.screenshot("day-4-answer-form");
            complete(d);
        }
        runAsyncSteps(code);
        ReportProcess.assertThat(report).isWaitingAt(ReportHandlingProcess.TASK_APPROVE_ANSWER);
        assertThat(jdbc.queryForObject("select count(*) from answer_evidence e join answer_proposal p on "
                + "p.id = e.proposal_id join report r on r.id = p.report_id where r.tracking_code = ?",
                Integer.class, code)).as("the photo went with the answer").isEqualTo(1);

        try (Browser browser = Browser.open(1280, 1000)) {
            WebDriver d = browser.driver();
            logIn(d, "ben-thanh-leader");
            openTask(d, report.task(ReportHandlingProcess.TASK_APPROVE_ANSWER).getId());
            WebElement frame = openCaseTab(d);
            d.switchTo().frame(frame);
            WebElement answer = wait(d).until(ExpectedConditions.presenceOfElementLocated(By.id("h-answer")));
            assertThat(answer.findElement(By.xpath("..")).getText()).contains("Phường đã thu gom toàn bộ rác");
            d.switchTo().defaultContent();
            browser.screenshot("day-5-approve-report-tab");
            openFormTab(d);
            claim(d);
            chooseRadio(d, "Duyệt và công bố / Approve and publish");
            browser.screenshot("day-6-approve-form");
            complete(d);
        }
        runAsyncSteps(code);

        try (Browser browser = Browser.open(390, 900)) {
            WebDriver d = browser.driver();
            d.get(url("/reports/" + code));
            wait(d).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                    "Phường đã thu gom toàn bộ rác"));
            assertThat(d.findElement(By.tagName("main")).getText()).doesNotContain("Trần Văn D");
            browser.screenshot("day-7-public-answer");
        }
        JsonNode feed = rest.getForObject("/api/answers?size=50", JsonNode.class);
        assertThat(feed.toString()).as("in the public feed").contains(code);
    }

    /** What the job executor would do between two tasks: the asynchronous continuations, not the timers. */
    private void runAsyncSteps(String trackingCode) {
        ManagementService management = processEngine.getManagementService();
        for (int round = 0; round < 50; round++) {
            List<Job> jobs = new java.util.ArrayList<>();
            for (ProcessInstance instance : processEngine.getRuntimeService().createProcessInstanceQuery()
                    .processInstanceBusinessKey(trackingCode).list()) {
                jobs.addAll(management.createJobQuery().processInstanceId(instance.getId()).messages()
                        .executable().list());
            }
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> management.executeJob(job.getId()));
        }
        throw new AssertionError("the report's asynchronous steps did not settle");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static WebDriverWait wait(WebDriver d) {
        return new WebDriverWait(d, Duration.ofSeconds(30));
    }

    private void logIn(WebDriver d, String user) {
        d.get(url("/camunda/app/tasklist/default/"));
        wait(d).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")))
                .sendKeys(user);
        d.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(user);
        d.findElement(By.cssSelector("form button[type='submit']")).click();
        wait(d).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[ng-model='password']")));
    }

    private void openTask(WebDriver d, String taskId) {
        d.get(url("/camunda/app/tasklist/default/#/?task=" + taskId));
        wait(d).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-form")));
    }

    private static WebElement openCaseTab(WebDriver d) {
        wait(d).until(ExpectedConditions.elementToBeClickable(By.linkText("Hồ sơ / Case"))).click();
        WebElement frame = wait(d).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("iframe.feedback-case")));
        ((org.openqa.selenium.JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'start'});",
                frame); // the task's pane scrolled to the frame, as an official would
        return frame;
    }

    private static void openFormTab(WebDriver d) {
        wait(d).until(ExpectedConditions.elementToBeClickable(By.linkText("Form"))).click();
        wait(d).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-form")));
    }

    private static void claim(WebDriver d) {
        wait(d).until(ExpectedConditions.elementToBeClickable(By.cssSelector("[ng-click='claim()']"))).click();
        wait(d).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[ng-click='unclaim()']")));
        wait(d).until(ExpectedConditions.elementToBeClickable(By.cssSelector(".fjs-form input, .fjs-form textarea")));
    }

    private static void chooseRadio(WebDriver d, String label) {
        WebElement radio = wait(d).until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//div[contains(@class,'fjs-form')]//label[normalize-space()='" + label + "']")));
        centre(d, radio);
        radio.click();
    }

    /** Tasklist's footer covers the bottom of the page: what is clicked is scrolled to the middle first. */
    private static void centre(WebDriver d, WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "arguments[0].scrollIntoView({block: 'center'});", element);
    }

    /** A form-js select: opened, filtered by typing when searchable, and the item with that text chosen. */
    private static void chooseInSelect(WebDriver d, String fieldId, String typed, String itemText) {
        WebElement field = wait(d).until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//div[contains(@class,'fjs-form-field-select')][.//*[contains(@id,'" + fieldId + "')]]")));
        if (typed != null) {
            WebElement input = field.findElement(By.cssSelector("input"));
            input.click();
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
            input.sendKeys(typed);
        } else {
            field.findElement(By.cssSelector(".fjs-input-group, .fjs-select-display, input")).click();
        }
        WebElement item = wait(d).until(ExpectedConditions.presenceOfNestedElementLocatedBy(field, By.xpath(
                ".//div[contains(@class,'fjs-dropdownlist-item')][contains(normalize-space(), '" + itemText + "')]")));
        centre(d, item);
        item.click();
    }

    private static void complete(WebDriver d) {
        WebElement button = wait(d).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[ng-click='complete()']")));
        centre(d, button);
        button.click();
        wait(d).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[ng-click='complete()']")));
    }
}
