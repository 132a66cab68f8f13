package vn.hcmc.feedback.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.hcmc.feedback.support.WebappSession;

/**
 * The monthly report's process (issue 20): its timer waits for 12:00 on the 25th in city time; moved there, the
 * engine generates the figures of the period that has just ended, a city leader returns them with a comment (they
 * are generated again, version 2), then approves them, and the report is on the public page; managers download it
 * as CSV and Excel, a ward's leader may not read it before publication.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MonthlyReportProcessTest {

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    MonthlyReports reports;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void generatedAtNoonOnThe25thReturnedRegeneratedApprovedAndPublished() throws Exception {
        ManagementService management = processEngine.getManagementService();
        Job timer = management.createJobQuery().processDefinitionKey(MonthlyReportProcess.PROCESS_ID)
                .activityId(MonthlyReportProcess.TIMER_START).singleResult();
        Instant due = ReportingPeriod.containing(Instant.now()).to();
        assertThat(timer.getDuedate().toInstant()).as("12:00 on the next 25th, city time").isEqualTo(due);
        YearMonth month = ReportingPeriod.containing(due.minusSeconds(1)).month();
        jdbc.update("delete from monthly_report where period_month = ?", month.toString());

        ClockUtil.setCurrentTime(Date.from(due));
        management.executeJob(timer.getId());
        ProcessInstance instance = processEngine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(MonthlyReportProcess.PROCESS_ID).active().list().stream()
                .filter(i -> management.createJobQuery().processInstanceId(i.getId())
                        .activityId(MonthlyReportProcess.TASK_GENERATE).count() == 1).findFirst().orElseThrow();
        assertThat(instance).isWaitingAt(MonthlyReportProcess.TASK_GENERATE);
        Job next = management.createJobQuery().processDefinitionKey(MonthlyReportProcess.PROCESS_ID)
                .activityId(MonthlyReportProcess.TIMER_START).singleResult();
        assertThat(next.getDuedate().toInstant()).as("and again a month later")
                .isEqualTo(ReportingPeriod.month(month.plusMonths(2)).from());

        generate(instance);
        assertThat(instance).isWaitingAt(MonthlyReportProcess.TASK_APPROVE).variables()
                .containsEntry(MonthlyReportProcess.MONTH, month.toString());
        assertThat((String) processEngine.getRuntimeService().getVariable(instance.getId(),
                MonthlyReportProcess.RANKING_SUMMARY)).contains("Toàn Thành phố / city", "Dẫn đầu / top");
        Task approve = task(instance);
        assertThat(approve).hasCandidateGroup("city-leaders");
        ResponseEntity<String> tab = WebappSession.tasklist(rest, "city-leader", "city-leader")
                .get("/staff/tasks/" + approve.getId() + "/case");
        assertThat(tab.getStatusCode().value()).as("the leader's Case tab").isEqualTo(200);
        assertThat(tab.getBody()).contains("Báo cáo tháng / Monthly report " + month, "Tải Excel / Download Excel",
                "class=\"bar in-tasklist\"");
        assertThat(reports.find(month).orElseThrow().status()).isEqualTo(MonthlyReports.Status.AWAITING_APPROVAL);
        ResponseEntity<String> beforePublication = rest.getForEntity("/monthly-reports/" + month, String.class);
        assertThat(beforePublication.getStatusCode().value()).as("not public before approval").isEqualTo(404);

        assertThatThrownBy(() -> processEngine.getTaskService().complete(approve.getId(),
                Map.of("approved", false))).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Trả lại cần ý kiến");
        processEngine.getTaskService().complete(approve.getId(), Map.of("approved", false,
                "comment", "Kiểm tra lại số liệu Phường Bến Thành"));
        assertThat(instance).isWaitingAt(MonthlyReportProcess.TASK_GENERATE);
        assertThat(reports.find(month).orElseThrow().status()).isEqualTo(MonthlyReports.Status.RETURNED);
        generate(instance);
        assertThat(reports.find(month).orElseThrow().version()).as("generated again").isEqualTo(2);
        assertThat(instance).variables().containsEntry(MonthlyReportProcess.LAST_COMMENT,
                "Kiểm tra lại số liệu Phường Bến Thành");

        processEngine.getTaskService().complete(task(instance).getId(), Map.of("approved", true));
        assertThat(instance).isEnded().hasPassed(MonthlyReportProcess.TASK_PUBLISH);
        MonthlyReports.MonthlyReport published = reports.find(month).orElseThrow();
        assertThat(published.status()).isEqualTo(MonthlyReports.Status.PUBLISHED);
        assertThat(published.decidedBy()).isNotNull();

        ResponseEntity<String> page = rest.getForEntity("/monthly-reports/" + month, String.class);
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getBody()).contains("Báo cáo kết quả giải quyết phản ánh hằng tháng",
                ReportingPeriod.month(month).inWords());

        WebappSession manager = WebappSession.tasklist(rest, "manager", "manager");
        ResponseEntity<String> csv = manager.get("/staff/insight/monthly/" + month + ".csv");
        assertThat(csv.getStatusCode().value()).isEqualTo(200);
        assertThat(csv.getBody()).startsWith("\uFEFFrank,unit_code,unit,received,answered")
                .contains("Toàn Thành phố / The whole city");
        ResponseEntity<byte[]> xlsx = rest.withBasicAuth("manager", "manager").exchange(
                "/staff/insight/monthly/" + month + ".xlsx", HttpMethod.GET, null, byte[].class);
        assertThat(xlsx.getStatusCode().value()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
            assertThat(workbook.getSheetAt(0).getRow(2).getCell(0).getStringCellValue()).isEqualTo("rank");
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .contains(ReportingPeriod.month(month).inWords());
        }
        assertThat(WebappSession.tasklist(rest, "ben-thanh-leader", "ben-thanh-leader")
                .get("/staff/insight/monthly/" + month).getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void aPeriodThatIsNotOverCannotBeGenerated() {
        YearMonth current = ReportingPeriod.containing(Instant.now()).month();
        assertThatThrownBy(() -> reports.generate(current)).hasMessageContaining("chưa kết thúc");
    }

    private void generate(ProcessInstance instance) {
        ManagementService management = processEngine.getManagementService();
        List<Job> jobs = management.createJobQuery().processInstanceId(instance.getId())
                .activityId(MonthlyReportProcess.TASK_GENERATE).list();
        assertThat(jobs).hasSize(1);
        management.executeJob(jobs.get(0).getId());
    }

    private Task task(ProcessInstance instance) {
        return processEngine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(MonthlyReportProcess.TASK_APPROVE).singleResult();
    }
}
