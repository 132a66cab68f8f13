package vn.hcmc.feedback.survey;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.hcmc.feedback.support.WebappSession;

/**
 * The survey tasks' "Hồ sơ / Case" tab (issue 18): the approver reads the survey's design in words, with the
 * Tasklist login, instead of the staff API's JSON; a ward's official, neither owner nor approver, gets the 403 page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaffSurveyViewTest {

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;

    SurveyTestSupport support;

    @BeforeEach
    void setUp() {
        support = new SurveyTestSupport(rest, processEngine.getManagementService(), jdbc);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theApproverReadsTheSurveyInTheTaskTabAndAWardOfficialCannot() {
        long id = support.create(SurveyTestSupport.design(SurveyTestSupport.now().plusSeconds(86400),
                SurveyTestSupport.now().plusSeconds(8 * 86400), "ANONYMOUS", java.util.List.of("ben-thanh")));
        Task approve = processEngine.getTaskService().createTaskQuery()
                .processInstanceId(support.processInstance(id)).taskDefinitionKey(SurveyProcess.TASK_APPROVE)
                .singleResult();
        WebappSession approver = WebappSession.tasklist(rest, SurveyTestSupport.APPROVER, SurveyTestSupport.APPROVER);

        // the tab's address redirects to the survey's page (the client follows it as the frame does)
        ResponseEntity<String> page = approver.get("/staff/tasks/" + approve.getId() + "/case");

        assertThat(page.getStatusCode().value()).as(page.getBody()).isEqualTo(200);
        assertThat(page.getBody())
                .contains("Lấy ý kiến về tuyến xe buýt mới", "Chờ duyệt / Awaiting approval",
                        "Bạn có đi xe buýt không?", "Chọn một / Single choice", "chọn 1–2 / choose 1–2",
                        "chỉ hiện khi câu “q1” là “yes”", "Phường Bến Thành", "Ẩn danh", "class=\"bar in-tasklist\"",
                        "Khảo sát / Survey " + id)
                .doesNotContain("MULTIPLE_CHOICE", "\"questions\":", "unit-home-affairs-leaders")
                .contains("Lãnh đạo Sở Nội vụ");

        ResponseEntity<String> ward = WebappSession.tasklist(rest, "ben-thanh-staff", "ben-thanh-staff")
                .get("/staff/surveys/" + id);
        assertThat(ward.getStatusCode().value()).isEqualTo(403);
        assertThat(ward.getBody()).contains("Không có quyền xem khảo sát này").doesNotContain("Bạn có đi xe buýt");
    }

    @Test
    void theOwnerReadsTheResultsInTheReviewTaskTabAndDownloadsTheAnswers() {
        long id = support.openSurvey("IDENTIFIED", null);
        assertThat(support.answer(id, SurveyTestSupport.submission("r1@x.vn", "ben-thanh", SurveyTestSupport.answers(
                "q1", "yes", "q2", java.util.List.of("r1"), "q3", 5, "q5", "Gọi tôi 0912 345 678")))
                .getStatusCode().value()).isEqualTo(201);
        assertThat(support.answer(id, SurveyTestSupport.submission("r2@x.vn", "tan-dinh", SurveyTestSupport.answers(
                "q1", "no", "q3", 2))).getStatusCode().value()).isEqualTo(201);
        support.call(SurveyTestSupport.OWNER, org.springframework.http.HttpMethod.POST,
                "/api/staff/surveys/" + id + "/close", null);
        WebappSession owner = WebappSession.tasklist(rest, SurveyTestSupport.OWNER, SurveyTestSupport.OWNER);
        assertThat(owner.get("/staff/surveys/" + id).getBody()).as("closed, not aggregated yet")
                .contains("Đang tổng hợp kết quả");
        support.executeJob(support.processInstance(id), SurveyProcess.TASK_AGGREGATE);
        Task review = processEngine.getTaskService().createTaskQuery().processInstanceId(support.processInstance(id))
                .taskDefinitionKey("Task_ReviewResults").singleResult();

        ResponseEntity<String> page = owner.get("/staff/tasks/" + review.getId() + "/case");

        assertThat(page.getStatusCode().value()).as(page.getBody()).isEqualTo(200);
        assertThat(page.getBody()).contains("Kết quả / Results", "<strong>2</strong> phiếu trả lời",
                "Có", "50.0 %", "Trung bình / mean 3.50", "/staff/surveys/" + id + "/results.csv",
                "2 phiếu gửi từ 1 địa chỉ mạng; nhiều nhất 2 phiếu từ một địa chỉ")
                .doesNotContain("0912 345 678");
        ResponseEntity<String> csv = owner.get("/staff/surveys/" + id + "/results.csv");
        assertThat(csv.getStatusCode().value()).isEqualTo(200);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getBody()).contains("answer,submitted_at,unit,address_group,q1");
    }
}
