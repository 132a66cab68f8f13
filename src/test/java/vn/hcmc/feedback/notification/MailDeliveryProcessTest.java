package vn.hcmc.feedback.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.hcmc.feedback.notification.process.MailDeliveryProcess;
import vn.hcmc.feedback.report.ReportClient;
import vn.hcmc.feedback.support.MailDeliveries;
import vn.hcmc.feedback.support.TestMail;

/**
 * mail-delivery: a queued mail is sent by its own job and marked SENT; while the SMTP server is down the job
 * retries (R5/PT5M) and ends as an incident of mail-delivery; Cockpit's retry after the server is back sends it
 * once, and a re-executed delivery sends nothing more.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MailDeliveryProcessTest {

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MailNotifier notifier;
    @Autowired
    MailDelivery delivery;
    @Autowired
    OutboxMailRepository outbox;

    GreenMail smtp;
    MailDeliveries deliveries;
    final Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        deliveries = new MailDeliveries(runtimeService, managementService, jdbc);
        ClockUtil.setCurrentTime(Date.from(t0));
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        stopSmtp();
    }

    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(TestMail.PORT, "localhost", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
            smtp = null;
        }
    }

    record Queued(String key, String to, long id, ProcessInstance instance) {
    }

    Queued queue(String subject, String body) {
        String to = ReportClient.marker() + "@example.vn";
        String key = "test:delivery:" + to;
        assertThat(notifier.enqueue(key, to, subject, body)).isTrue();
        long id = outbox.findByDedupKey(key).orElseThrow().getId();
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(MailDeliveryProcess.PROCESS_ID)
                .processInstanceBusinessKey(MailDeliveryProcess.businessKey(id)).singleResult();
        assertThat(instance).as("a mail-delivery instance per queued mail").isNotNull();
        return new Queued(key, to, id, instance);
    }

    Job job(Queued q) {
        return managementService.createJobQuery().processInstanceId(q.instance().getId()).singleResult();
    }

    @Test
    void aQueuedMailIsSentByItsOwnJobOnceAndMarkedSent() throws Exception {
        startSmtp();
        Queued q = queue("Phản ánh PA-26-TEST đã có trả lời", "Kính gửi ông Nguyễn Văn Ánh,\nĐã sửa đường ở Quận Ba.\n");
        assertThat(q.instance()).isWaitingAt(MailDeliveryProcess.TASK_SEND_MAIL)
                .variables().containsEntry(MailDeliveryProcess.NOTIFICATION_ID, q.id());
        assertThat(smtp.getReceivedMessages()).as("queueing sends nothing").isEmpty();
        assertThat(notifier.enqueue(q.key(), q.to(), "again", "again")).as("one mail per key").isFalse();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(MailDeliveryProcess.PROCESS_ID)
                .processInstanceBusinessKey(MailDeliveryProcess.businessKey(q.id() + 1)).count()).isZero();

        managementService.executeJob(job(q).getId());

        assertThat(q.instance()).isEnded().hasPassed(MailDeliveryProcess.TASK_SEND_MAIL, MailDeliveryProcess.END);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Phản ánh PA-26-TEST đã có trả lời");
        assertThat(received[0].getContent().toString()).contains("Kính gửi ông Nguyễn Văn Ánh,")
                .contains("Đã sửa đường ở Quận Ba.");
        OutboxMail row = outbox.findById(q.id()).orElseThrow();
        assertThat(row.getStatus()).isEqualTo(OutboxMail.Status.SENT);
        assertThat(row.getAttempts()).isEqualTo(1);
        assertThat(row.getSentAt()).isNotNull();
        assertThat(notifier.wasSent(q.key())).isTrue();

        assertThat(delivery.deliver(q.id())).as("a re-executed delivery sends nothing more").isFalse();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void whileTheServerIsDownTheJobRetriesThenRaisesAnIncidentAndCockpitsRetrySendsItOnce() throws Exception {
        Queued q = queue("Thư thử / Test mail", "Nội dung có dấu: ươ ữ ặ\n");
        Job first = job(q);
        assertThat(first.getRetries()).as("the retry cycle R5").isEqualTo(5);

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThatThrownBy(() -> managementService.executeJob(first.getId())).as("attempt " + attempt)
                    .hasStackTraceContaining("Couldn't connect");
            Job failed = managementService.createJobQuery().jobId(first.getId()).singleResult();
            assertThat(failed.getRetries()).as("retries after attempt " + attempt).isEqualTo(5 - attempt);
            assertThat(failed.getExceptionMessage()).isNotBlank();
            if (attempt == 1) {
                assertThat(failed.getDuedate().toInstant()).as("five minutes later")
                        .isEqualTo(t0.plus(Duration.ofMinutes(5)));
            }
        }
        OutboxMail row = outbox.findById(q.id()).orElseThrow();
        assertThat(row.getStatus()).isEqualTo(OutboxMail.Status.PENDING);
        assertThat(row.getAttempts()).isEqualTo(5);
        assertThat(row.getLastError()).contains("Couldn't connect");
        Incident incident = runtimeService.createIncidentQuery().processInstanceId(q.instance().getId())
                .singleResult();
        assertThat(incident).as("an incident on mail-delivery, visible in Cockpit").isNotNull();
        assertThat(incident.getActivityId()).isEqualTo(MailDeliveryProcess.TASK_SEND_MAIL);
        assertThat(incident.getConfiguration()).isEqualTo(first.getId());

        startSmtp();
        managementService.setJobRetries(first.getId(), 1);  // what Cockpit's "retry" does
        managementService.executeJob(first.getId());
        assertThat(q.instance()).isEnded();
        assertThat(runtimeService.createIncidentQuery().processInstanceId(q.instance().getId()).count()).isZero();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getContent().toString()).contains("Nội dung có dấu: ươ ữ ặ");
        row = outbox.findById(q.id()).orElseThrow();
        assertThat(row.getStatus()).isEqualTo(OutboxMail.Status.SENT);
        assertThat(row.getAttempts()).isEqualTo(6);
        assertThat(row.getLastError()).isNull();
        assertThat(deliveries.deliver(q.to())).as("nothing left to deliver").isZero();
        assertThat(delivery.deliver(q.id())).isFalse();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void theModelHasAnAsynchronousRetriedSendAndAFullDiagram() {
        ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(MailDeliveryProcess.PROCESS_ID).latestVersion().singleResult();
        assertThat(definition.getHistoryTimeToLive()).isNotNull();
        BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
        ServiceTask send = model.getModelElementById(MailDeliveryProcess.TASK_SEND_MAIL);
        assertThat(send.isCamundaAsyncBefore()).isTrue();
        assertThat(send.getCamundaDelegateExpression()).isEqualTo("${sendMail}");
        assertThat(send.getExtensionElements().getElementsQuery().filterByType(CamundaFailedJobRetryTimeCycle.class)
                .singleResult().getTextContent()).isEqualTo("R5/PT5M");
        Set<String> shapes = new HashSet<>();
        model.getModelElementsByType(BpmnShape.class).forEach(s -> shapes.add(s.getBpmnElement().getId()));
        Set<String> edges = new HashSet<>();
        model.getModelElementsByType(BpmnEdge.class).forEach(e -> {
            assertThat(e.getWaypoints()).hasSizeGreaterThanOrEqualTo(2);
            edges.add(e.getBpmnElement().getId());
        });
        assertThat(model.getModelElementsByType(FlowNode.class)).hasSize(3)
                .allSatisfy(n -> assertThat(shapes).contains(n.getId()));
        assertThat(model.getModelElementsByType(SequenceFlow.class)).hasSize(2)
                .allSatisfy(f -> assertThat(edges).contains(f.getId()));
    }
}
