package vn.hcmc.feedback.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.hcmc.feedback.notification.process.MailDeliveryProcess;
import vn.hcmc.feedback.notification.process.MailWorker;
import vn.hcmc.feedback.report.ReportClient;
import vn.hcmc.feedback.report.process.CitizenReportProcess;
import vn.hcmc.feedback.support.MailDeliveries;
import vn.hcmc.feedback.support.TestMail;

/**
 * The SMTP server stops in the middle of a report's life: the answer and closing steps only queue their mails, so
 * the report is answered, rated and closed and its process ends; the undelivered mails retry (R5/PT5M) and end as
 * incidents of mail-delivery only. Once the server is back, a retry (as in Cockpit) delivers every mail, each
 * exactly once, and running the sends again queues nothing more.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnswerMailOutageTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MailWorker mailWorker;
    @Autowired
    ExternalTaskService externalTaskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    TaskService taskService;
    @Autowired
    AnswerMails answerMails;

    GreenMail smtp;
    MailDeliveries deliveries;

    @BeforeEach
    void setUp() {
        deliveries = new MailDeliveries(mailWorker, externalTaskService, jdbc);
    }

    @AfterEach
    void stopSmtp() {
        ClockUtil.reset();
        if (smtp != null) {
            smtp.stop();
        }
    }

    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(TestMail.PORT, "localhost", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    record Sent(String code, String token, String email, ProcessInstance instance) {
    }

    Sent send(ReportClient client, double lat, double lon) {
        String email = ReportClient.marker() + "@example.vn";
        Map<String, Object> body = new HashMap<>();
        body.put("description", "Rác thải sinh hoạt ùn ứ nhiều ngày ở đầu hẻm, xe thu gom rác không đến, bốc mùi.");
        body.put("wardCode", "ben-thanh");
        body.put("location", Map.of("lat", lat, "lon", lon));
        body.put("reporter", Map.of("name", "Phạm Văn D", "email", email));
        JsonNode created = client.postJson(body, null).getBody();
        String code = created.get("trackingCode").asText();
        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code)
                .singleResult();
        managementService.executeJob(job(instance, CitizenReportProcess.START).getId());
        managementService.executeJob(job(instance, "ServiceTask_MailReceipt").getId());
        return new Sent(code, created.get("accessToken").asText(), email, instance);
    }

    Job job(ProcessInstance instance, String activityId) {
        return managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
                .singleResult();
    }

    /** Attempts at a delivery until none is left: each failure is an SMTP connection error, then an incident. */
    void failUntilIncident(long mail) {
        assertThat(deliveries.failUntilIncident(mail)).as("attempts").isEqualTo(5);
        Incident incident = runtimeService.createIncidentQuery().configuration(deliveries.task(mail).getId())
                .singleResult();
        assertThat(incident).as("an incident visible in Cockpit").isNotNull();
        assertThat(repositoryService.getProcessDefinition(incident.getProcessDefinitionId()).getKey())
                .isEqualTo(MailDeliveryProcess.PROCESS_ID);
    }

    /** What Cockpit's "retry" does: one more attempt, which sends the mail. */
    void retry(long mail) {
        deliveries.retry(mail);
        assertThat(deliveries.attempt(mail).outcome()).isEqualTo(MailWorker.Outcome.SENT);
    }

    List<String> subjects(String email) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipient(m).equals(email))
                .map(AnswerMailOutageTest::subject).toList();
    }

    @Test
    void theReportClosesWithoutTheMailServerAndEveryMailIsDeliveredExactlyOnceAfterTheOutage() {
        ReportClient client = new ReportClient(rest, jdbc);
        AnswerTestKit kit = new AnswerTestKit(client);
        startSmtp();
        double lat = 10.76 + ThreadLocalRandom.current().nextDouble(0.03);
        double lon = 106.68 + ThreadLocalRandom.current().nextDouble(0.03);
        Sent original = send(client, lat, lon);
        Sent follower = send(client, lat + 0.0002, lon + 0.0002);
        assertThat(deliveries.deliver(original.email())).as("the receipt").isEqualTo(1);
        assertThat(subjects(original.email())).containsExactly("Đã tiếp nhận phản ánh " + original.code());

        smtp.stop();
        smtp = null;
        assertThat(kit.propose("ben-thanh-staff", original.code(), AnswerTestKit.answer("resolved",
                "Đã thu gom rác ở đầu hẻm."), List.of()).getStatusCode().value()).isEqualTo(201);
        assertThat(kit.decide("ben-thanh-leader", original.code(), true, null).getStatusCode().value())
                .isEqualTo(200);
        managementService.executeJob(job(original.instance(), "ServiceTask_MailAnswerPublished").getId());
        assertThat(kit.rate(original.code(), original.token(), 5, "Cảm ơn").getStatusCode().value())
                .as("the outage does not stop the rating").isEqualTo(201);
        managementService.executeJob(job(original.instance(), "ServiceTask_MailClosed").getId());
        assertThat(jdbc.queryForObject("select status from report where tracking_code = ?", String.class,
                original.code())).isEqualTo("CLOSED");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(original.instance().getId())
                .count()).as("the report's process ends without waiting for its mails").isZero();

        List<Long> undelivered = deliveries.pending("report:" + original.code() + ":");
        assertThat(undelivered).as("answer to the reporter and the follower, closing to the reporter").hasSize(3);
        undelivered.forEach(this::failUntilIncident);
        assertThat(runtimeService.createIncidentQuery().processInstanceId(original.instance().getId()).count())
                .isZero();

        startSmtp();
        undelivered.forEach(this::retry);
        assertThat(subjects(original.email())).containsExactlyInAnyOrder(
                "Phản ánh " + original.code() + " đã có trả lời", "Phản ánh " + original.code() + " đã kết thúc");
        assertThat(subjects(follower.email())).containsExactly("Phản ánh " + original.code() + " đã có trả lời");

        long reportId = client.reportId(original.code());
        assertThat(answerMails.answerPublished(reportId, 1)).as("a re-executed send queues nothing more")
                .isZero();
        assertThat(answerMails.closed(reportId, AnswerMails.Closing.RATED)).isZero();
        assertThat(deliveries.pending("report:" + original.code() + ":")).isEmpty();
        assertThat(smtp.getReceivedMessages()).hasSize(3);
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
