package vn.hcmc.feedback.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.hcmc.feedback.notification.process.MailDeliveryProcess;
import vn.hcmc.feedback.notification.process.MailWorker;
import vn.hcmc.feedback.notification.process.MailWorkerThreads;
import vn.hcmc.feedback.report.ReportClient;
import vn.hcmc.feedback.support.MailDeliveries;
import vn.hcmc.feedback.support.TestMail;

/**
 * mail-delivery: a queued mail is an external task that the mail worker (its own threads, not the job executor's)
 * sends and marks SENT; while the SMTP server is down each attempt fails the task until 5 minutes later, the fifth is
 * an incident of mail-delivery; Cockpit's retry after the server is back sends it once, and a task fetched again
 * after its mail went out sends nothing more.
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
    MailWorker mailWorker;
    @Autowired
    ExternalTaskService externalTaskService;
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
        deliveries = new MailDeliveries(mailWorker, externalTaskService, jdbc);
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

    @Test
    void aQueuedMailIsSentByTheMailWorkerOnceAndMarkedSent() throws Exception {
        startSmtp();
        Queued q = queue("Phản ánh PA-26-TEST đã có trả lời", "Kính gửi ông Nguyễn Văn Ánh,\nĐã sửa đường ở Quận Ba.\n");
        assertThat(q.instance()).isWaitingAt(MailDeliveryProcess.TASK_SEND_MAIL)
                .variables().containsEntry(MailDeliveryProcess.NOTIFICATION_ID, q.id());
        assertThat(managementService.createJobQuery().processInstanceId(q.instance().getId()).count())
                .as("no job: the job executor's threads never send mail").isZero();
        assertThat(deliveries.task(q.id()).getTopicName()).isEqualTo(MailDeliveryProcess.TOPIC);
        assertThat(smtp.getReceivedMessages()).as("queueing sends nothing").isEmpty();
        assertThat(notifier.enqueue(q.key(), q.to(), "again", "again")).as("one mail per key").isFalse();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(MailDeliveryProcess.PROCESS_ID)
                .processInstanceBusinessKey(MailDeliveryProcess.businessKey(q.id() + 1)).count()).isZero();

        assertThat(deliveries.attempt(q.id()).outcome()).isEqualTo(MailWorker.Outcome.SENT);

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
    void whileTheServerIsDownEachAttemptWaitsFiveMinutesThenAnIncidentAndCockpitsRetrySendsItOnce()
            throws Exception {
        Queued q = queue("Thư thử / Test mail", "Nội dung có dấu: ươ ữ ặ\n");
        ExternalTask first = deliveries.task(q.id());
        assertThat(first.getRetries()).as("no attempt yet").isNull();

        Instant now = t0;
        for (int attempt = 1; attempt <= 5; attempt++) {
            MailWorker.Attempt result = deliveries.attempt(q.id());
            assertThat(result.outcome()).as("attempt " + attempt)
                    .isEqualTo(attempt < 5 ? MailWorker.Outcome.FAILED : MailWorker.Outcome.INCIDENT);
            assertThat(result.error()).contains("Couldn't connect");
            ExternalTask failed = deliveries.task(q.id());
            assertThat(failed.getRetries()).as("attempts left after attempt " + attempt).isEqualTo(5 - attempt);
            assertThat(failed.getErrorMessage()).contains("Couldn't connect");
            if (attempt < 5) {
                assertThat(failed.getLockExpirationTime().toInstant()).as("the next attempt five minutes later")
                        .isEqualTo(now.plus(Duration.ofMinutes(5)));
                ClockUtil.setCurrentTime(Date.from(now.plus(Duration.ofMinutes(4))));
                assertThat(mailWorker.work(MailDeliveryProcess.businessKey(q.id()))).as("not before").isEmpty();
                now = now.plus(Duration.ofMinutes(5)).plusSeconds(1);
                ClockUtil.setCurrentTime(Date.from(now));
            }
        }
        assertThat(mailWorker.work(MailDeliveryProcess.businessKey(q.id()))).as("no attempt after the last")
                .isEmpty();
        OutboxMail row = outbox.findById(q.id()).orElseThrow();
        assertThat(row.getStatus()).isEqualTo(OutboxMail.Status.PENDING);
        assertThat(row.getAttempts()).isEqualTo(5);
        assertThat(row.getLastError()).contains("Couldn't connect");
        Incident incident = runtimeService.createIncidentQuery().processInstanceId(q.instance().getId())
                .singleResult();
        assertThat(incident).as("an incident on mail-delivery, visible in Cockpit").isNotNull();
        assertThat(incident.getIncidentType()).isEqualTo(Incident.EXTERNAL_TASK_HANDLER_TYPE);
        assertThat(incident.getActivityId()).isEqualTo(MailDeliveryProcess.TASK_SEND_MAIL);
        assertThat(incident.getConfiguration()).isEqualTo(first.getId());
        assertThat(incident.getIncidentMessage()).contains("Couldn't connect");

        startSmtp();
        deliveries.retry(q.id());  // what Cockpit's "retry" does
        assertThat(deliveries.attempt(q.id()).outcome()).isEqualTo(MailWorker.Outcome.SENT);
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
    void aTaskFetchedAgainAfterItsMailWentOutIsOnlyCompleted() throws Exception {
        // a node sent the mail and died (or its completion failed) before completing the task: the row says SENT
        startSmtp();
        Queued q = queue("Thư thử / Test mail", "Một lần thôi.\n");
        List<LockedExternalTask> locked = externalTaskService.fetchAndLock(1, "node-that-dies")
                .topic(MailDeliveryProcess.TOPIC, Duration.ofMinutes(2).toMillis())
                .businessKey(MailDeliveryProcess.businessKey(q.id())).execute();
        assertThat(locked).hasSize(1);
        assertThat(delivery.deliver(q.id())).isTrue();
        assertThat(mailWorker.work(MailDeliveryProcess.businessKey(q.id()))).as("locked by the other node")
                .isEmpty();

        ClockUtil.setCurrentTime(Date.from(t0.plus(Duration.ofMinutes(2)).plusSeconds(1)));
        assertThat(deliveries.attempt(q.id()).outcome()).as("the lock expired; the row guards the mail")
                .isEqualTo(MailWorker.Outcome.SENT_BEFORE);
        assertThat(q.instance()).isEnded();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        OutboxMail row = outbox.findById(q.id()).orElseThrow();
        assertThat(row.getAttempts()).as("what was sent is recorded where it is guarded").isEqualTo(1);
        assertThat(row.getSentAt()).isEqualTo(t0);
    }

    @Test
    void theWorkerThreadsSendQueuedMailsByThemselves() throws Exception {
        startSmtp();
        ClockUtil.reset();
        Queued q = queue("Thư thử / Test mail", "Luồng riêng.\n");
        MailWorkerThreads threads = new MailWorkerThreads(mailWorker, true, 1, Duration.ofMillis(100));
        threads.start();
        try {
            // the worker takes any due mail, other tests' included: wait for this one
            Awaitility.await("sent by the worker's thread").atMost(Duration.ofSeconds(30))
                    .until(() -> outbox.findById(q.id()).orElseThrow().getStatus() == OutboxMail.Status.SENT);
        } finally {
            threads.stop();
        }
        assertThat(threads.isRunning()).isFalse();
        assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipient(m).equals(q.to()))).hasSize(1);
        assertThat(q.instance()).isEnded();
    }

    static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theModelHasAnExternalRetriedSendAndAFullDiagram() {
        ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(MailDeliveryProcess.PROCESS_ID).latestVersion().singleResult();
        assertThat(definition.getHistoryTimeToLive()).isNotNull();
        BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
        ServiceTask send = model.getModelElementById(MailDeliveryProcess.TASK_SEND_MAIL);
        assertThat(send.getCamundaType()).isEqualTo("external");
        assertThat(send.getCamundaTopic()).isEqualTo(MailDeliveryProcess.TOPIC);
        Map<String, String> properties = new HashMap<>();
        send.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).singleResult()
                .getCamundaProperties().forEach(p -> properties.put(p.getCamundaName(), p.getCamundaValue()));
        assertThat(properties).containsEntry(MailDeliveryProcess.PROPERTY_ATTEMPTS, "5")
                .containsEntry(MailDeliveryProcess.PROPERTY_RETRY_DELAY, "PT5M");
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
