package vn.hcmc.feedback.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.hcmc.feedback.adoption.CampaignTestKit.WEEK;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import vn.hcmc.feedback.notification.MailNotifier;
import vn.hcmc.feedback.support.TestMail;

/**
 * Reminders are asynchronous jobs: while the mail server is down the job fails and is retried (R5/PT5M) without
 * holding anything else up; once it is back the mail leaves exactly once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdoptionMailOutageTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ManagementService managementService;
    @Autowired
    TaskService taskService;
    @Autowired
    org.camunda.bpm.engine.RuntimeService runtimeService;
    @Autowired
    CampaignService campaigns;
    @Autowired
    MailNotifier mailNotifier;

    CampaignTestKit kit;
    GreenMail smtp;

    @BeforeEach
    void setUp() {
        kit = new CampaignTestKit(rest, managementService, taskService);
    }

    @AfterEach
    void tearDown() {
        kit.cleanUp(runtimeService);
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void reminderIsRetriedWhileTheMailServerIsDownAndSentOnceWhenItIsBack() throws Exception {
        Long id = kit.create(kit.newCampaign("Mất thư " + System.nanoTime(), List.of("tan-son-nhat"),
                WEEK.multipliedBy(2), 1)).id();
        String pid = campaigns.campaign(id).getProcessInstanceId();
        kit.runDueJobs(pid);

        kit.at(WEEK);
        Job periodEnd = managementService.createJobQuery().processInstanceId(pid).timers().executable().singleResult();
        managementService.executeJob(periodEnd.getId());
        Job reminder = managementService.createJobQuery().processInstanceId(pid)
                .activityId(AdoptionProcess.SEND_REMINDER).singleResult();
        assertThat(reminder).as("the reminder waits in its own job").isNotNull();
        assertThat(kit.reportTask(pid, "tan-son-nhat")).as("not before the reminder job").isNull();

        assertThatThrownBy(() -> managementService.executeJob(reminder.getId()))
                .hasStackTraceContaining("Couldn't connect");
        Job failed = managementService.createJobQuery().jobId(reminder.getId()).singleResult();
        assertThat(failed.getRetries()).isEqualTo(4);
        assertThat(failed.getExceptionMessage()).isNotBlank();
        assertThat(failed.getDuedate().toInstant()).isEqualTo(kit.t0.plus(WEEK).plus(Duration.ofMinutes(5)));
        String key = AdoptionMails.dedupPrefix(id, "tan-son-nhat", 1) + "reminder:tan-son-nhat-leader@demo.feedback.local";
        assertThat(mailNotifier.wasSent(key)).isFalse();

        smtp = new GreenMail(new ServerSetup(TestMail.PORT, "localhost", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        kit.at(WEEK.plus(Duration.ofMinutes(5)));
        kit.runDueJobs(pid);
        assertThat(mailNotifier.wasSent(key)).isTrue();
        assertThat(smtp.getReceivedMessagesForDomain("tan-son-nhat-leader@demo.feedback.local")).hasSize(1);
        assertThat(kit.reportTask(pid, "tan-son-nhat")).as("period 2 open").isNotNull();
    }
}
