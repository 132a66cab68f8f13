package vn.hcmc.feedback.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.hcmc.feedback.adoption.CampaignTestKit.WEEK;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.hcmc.feedback.notification.MailNotifier;
import vn.hcmc.feedback.notification.process.MailDeliveryProcess;
import vn.hcmc.feedback.notification.process.MailWorker;
import vn.hcmc.feedback.support.MailDeliveries;
import vn.hcmc.feedback.support.TestMail;

/**
 * The SMTP server is down for a whole campaign: each unit's reporting loop still moves from period to period after
 * its reminder (the reminder step only queues the mail), the escalation is queued too, and the campaign reaches its
 * ranking. The undelivered mails are incidents of mail-delivery only; once the server is back, Cockpit's retry
 * delivers each of them once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdoptionMailOutageTest {

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ManagementService managementService;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MailWorker mailWorker;
    @Autowired
    ExternalTaskService externalTaskService;
    @Autowired
    Campaigns campaigns;
    @Autowired
    MailNotifier mailNotifier;

    CampaignTestKit kit;
    MailDeliveries deliveries;
    GreenMail smtp;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        kit = new CampaignTestKit(rest, managementService, taskService);
        deliveries = new MailDeliveries(mailWorker, externalTaskService, jdbc);
    }

    @AfterEach
    void tearDown() {
        kit.cleanUp(runtimeService);
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void theReportingLoopMovesOnWithoutTheMailServerAndTheMailsFollowOnceItIsBack() throws Exception {
        Long id = kit.create(kit.newCampaign("Mất thư " + System.nanoTime(), List.of("tan-son-nhat"),
                WEEK.multipliedBy(3), 1)).id();
        String pid = campaigns.campaign(id).getProcessInstanceId();
        kit.runDueJobs(pid);
        String campaignMails = "adoption:" + id + ":";
        String reminder1 = AdoptionMails.dedupPrefix(id, "tan-son-nhat", 1)
                + "reminder:tan-son-nhat-leader@demo.feedback.local";

        // period 1 ends without a report: the reminder is queued and period 2 opens at once
        kit.at(WEEK);
        String period1Task = kit.reportTask(pid, "tan-son-nhat").getId();
        assertThat(kit.runDueJobs(pid)).as("the period-end timer and the reminder step").isEqualTo(2);
        assertThat(mailNotifier.isQueued(reminder1)).isTrue();
        assertThat(mailNotifier.wasSent(reminder1)).isFalse();
        assertThat(kit.reportTask(pid, "tan-son-nhat").getId()).as("period 2 open").isNotEqualTo(period1Task);

        // its delivery fails and waits five minutes, in mail-delivery, not in the campaign
        List<Long> queued = deliveries.pending(campaignMails);
        assertThat(queued).hasSize(1);
        MailWorker.Attempt attempt = deliveries.attempt(queued.get(0));
        assertThat(attempt.outcome()).isEqualTo(MailWorker.Outcome.FAILED);
        assertThat(attempt.error()).contains("Couldn't connect");
        ExternalTask failed = deliveries.task(queued.get(0));
        assertThat(failed.getRetries()).isEqualTo(4);
        assertThat(failed.getLockExpirationTime().toInstant())
                .isEqualTo(kit.t0.plus(WEEK).plus(Duration.ofMinutes(5)));

        // period 2 ends without a report either: second reminder and the escalation to the owner, period 3 opens
        kit.at(WEEK.multipliedBy(2));
        String period2Task = kit.reportTask(pid, "tan-son-nhat").getId();
        kit.runDueJobs(pid);
        assertThat(mailNotifier.isQueued(AdoptionMails.dedupPrefix(id, "tan-son-nhat", 2)
                + "escalation:campaign-owner@demo.feedback.local")).isTrue();
        assertThat(kit.reportTask(pid, "tan-son-nhat").getId()).as("period 3 open").isNotEqualTo(period2Task);

        // the deadline: ranking, then the owners' proposal, while no mail has left
        kit.at(WEEK.multipliedBy(3));
        kit.runDueJobs(pid);
        ProcessInstance campaign = runtimeService.createProcessInstanceQuery().processInstanceId(pid).singleResult();
        assertThat(campaign).isWaitingAt(AdoptionProcess.PROPOSE);

        // every delivery runs out of retries: incidents of mail-delivery, none of the campaign
        List<Long> undelivered = deliveries.pending(campaignMails);
        assertThat(undelivered).as("two reminders and an escalation").hasSizeGreaterThanOrEqualTo(3);
        for (Long mail : undelivered) {
            deliveries.failUntilIncident(mail);
        }
        assertThat(runtimeService.createIncidentQuery().processInstanceId(pid).count()).isZero();
        assertThat(managementService.createJobQuery().processInstanceId(pid).withException().count()).isZero();
        List<Incident> incidents = undelivered.stream().map(mail -> runtimeService.createIncidentQuery()
                .configuration(deliveries.task(mail).getId()).singleResult()).toList();
        assertThat(incidents).hasSize(undelivered.size()).allSatisfy(incident -> {
            assertThat(incident.getActivityId()).isEqualTo(MailDeliveryProcess.TASK_SEND_MAIL);
            assertThat(repositoryService.getProcessDefinition(incident.getProcessDefinitionId()).getKey())
                    .isEqualTo(MailDeliveryProcess.PROCESS_ID);
        });

        // the server is back: Cockpit's retry of each incident delivers each mail once
        smtp = new GreenMail(new ServerSetup(TestMail.PORT, "localhost", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        for (Long mail : undelivered) {
            deliveries.retry(mail);
            assertThat(deliveries.attempt(mail).outcome()).isEqualTo(MailWorker.Outcome.SENT);
        }
        assertThat(deliveries.pending(campaignMails)).isEmpty();
        assertThat(mailNotifier.wasSent(reminder1)).isTrue();
        assertThat(smtp.getReceivedMessagesForDomain("tan-son-nhat-leader@demo.feedback.local"))
                .as("two reminders").hasSize(2);
        assertThat(smtp.getReceivedMessagesForDomain("campaign-owner@demo.feedback.local"))
                .as("one escalation").hasSize(1);
    }
}
