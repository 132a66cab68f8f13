package vn.hcmc.feedback.handling;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.hcmc.feedback.report.process.ReportHandlingProcess;
import vn.hcmc.feedback.support.WebappSession;

/**
 * The staff report view (issue 18) opens with the Tasklist login itself, as the forms link to it: the assigned
 * ward's official reads the whole case in words (text, reporter, status, deadlines, history); another ward's
 * official gets a 403 page that shows nothing of it; without a login it is a 401 page that points to Tasklist and
 * never asks the browser for a second (Basic) login.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaffReportViewTest {

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

    @Test
    void theWardsOfficialReadsTheCaseWithTheTasklistLogin() {
        HandlingTestSupport.Sent sent = support.send("2026-03-09T10:00:00+07:00");
        String page = "/staff/reports/" + sent.trackingCode();

        ResponseEntity<String> view = WebappSession.tasklist(rest, "ben-thanh-staff", "ben-thanh-staff").get(page);

        assertThat(view.getStatusCode().value()).as(view.getBody()).isEqualTo(200);
        assertThat(view.getHeaders().getContentType().toString()).startsWith("text/html");
        assertThat(view.getBody())
                .contains("Rác thải sinh hoạt ùn ứ nhiều ngày", "Lê Thị C", sent.email())
                .contains("Đang xử lý / Being handled", "Phường Bến Thành")
                .contains("Hạn trả lời / Answer due", "Tiếp nhận / Received", "Chuyển đơn vị / Routed")
                .contains("data-boundary=") // the ward's polygon for the map
                .doesNotContain("T10:00:00", "garbage<", "****");
        assertThat(support.task(support.instance(sent.trackingCode()), ReportHandlingProcess.TASK_HANDLE_REPORT)
                .getName()).as("the task list tells tasks apart")
                .startsWith("Xử lý phản ánh / Handle report · " + sent.trackingCode() + " · Rác thải")
                .endsWith(" · Phường Bến Thành · “Rác thải sinh hoạt ùn ứ nhiều ngày…”");
        assertThat(view.getHeaders().getFirst("Content-Security-Policy"))
                .contains("script-src 'self'", "frame-ancestors 'self'").doesNotContain("unsafe-inline");
    }

    @Test
    void anotherWardsOfficialSeesNothingOfTheReport() {
        HandlingTestSupport.Sent sent = support.send("2026-03-09T10:00:00+07:00");

        ResponseEntity<String> view = WebappSession.tasklist(rest, "phu-loi-staff", "phu-loi-staff")
                .get("/staff/reports/" + sent.trackingCode());

        assertThat(view.getStatusCode().value()).isEqualTo(403);
        assertThat(view.getBody()).contains("Không có quyền xem phản ánh này")
                .doesNotContain("Rác thải", "Lê Thị C", sent.email());
    }

    @Test
    void withoutALoginThePagePointsToTasklistAndAsksForNoSecondLogin() {
        HandlingTestSupport.Sent sent = support.send("2026-03-09T10:00:00+07:00");
        String page = "/staff/reports/" + sent.trackingCode();

        ResponseEntity<String> anonymous = rest.getForEntity(page, String.class);

        assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
        assertThat(anonymous.getHeaders().containsKey(HttpHeaders.WWW_AUTHENTICATE)).isFalse();
        assertThat(anonymous.getBody()).contains("/camunda/app/tasklist/").doesNotContain("Rác thải");
        // scripts and tests may still send their official account
        ResponseEntity<String> basic = rest.withBasicAuth("ben-thanh-staff", "ben-thanh-staff")
                .getForEntity(page, String.class);
        assertThat(basic.getStatusCode().value()).isEqualTo(200);
        assertThat(rest.withBasicAuth("manager", "manager").getForEntity(page, String.class)
                .getStatusCode().value()).as("managers read everything").isEqualTo(200);
    }
}
