package vn.hcmc.feedback.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hcmc.feedback.adoption.CampaignTestKit.WEEK;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import vn.hcmc.feedback.directory.UnitDirectory;
import vn.hcmc.feedback.notification.process.MailWorker;
import vn.hcmc.feedback.support.MailDeliveries;
import vn.hcmc.feedback.support.TestMail;

/**
 * A campaign over every unit: creating it schedules one job, that job one job per unit, and each unit's job opens
 * one task; no transaction opens them all. Period ends and reminders are one job per unit too. Logs the timings.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdoptionScaleTest {

    private static final Logger log = LoggerFactory.getLogger(AdoptionScaleTest.class);

    @RegisterExtension
    static GreenMailExtension mail = TestMail.server();

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ManagementService managementService;
    @Autowired
    TaskService taskService;
    @Autowired
    org.camunda.bpm.engine.RuntimeService runtimeService;
    @Autowired
    Campaigns campaigns;
    @Autowired
    UnitDirectory directory;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    MailWorker mailWorker;
    @Autowired
    ExternalTaskService externalTaskService;

    CampaignTestKit kit;

    @AfterEach
    void resetClock() {
        kit.cleanUp(runtimeService);
    }

    @Test
    void everyUnitStartsInItsOwnJob() {
        kit = new CampaignTestKit(rest, managementService, taskService);
        int units = directory.units().size();
        Map<String, Object> body = new LinkedHashMap<>(kit.newCampaign("Toàn thành phố " + System.nanoTime(),
                null, WEEK.multipliedBy(2), 3));
        body.remove("unitCodes");
        body.put("allUnits", true);

        long started = System.nanoTime();
        Long id = kit.create(body).id();
        long createMs = (System.nanoTime() - started) / 1_000_000;
        String pid = campaigns.campaign(id).getProcessInstanceId();
        List<Job> first = managementService.createJobQuery().processInstanceId(pid).list();
        assertThat(first).as("creation schedules one job").hasSize(1);
        assertThat(kit.reportTasks(pid)).isEmpty();

        managementService.executeJob(first.get(0).getId());
        assertThat(managementService.createJobQuery().processInstanceId(pid).count())
                .as("one job per unit").isEqualTo(units);
        assertThat(kit.reportTasks(pid)).as("no task opened yet").isEmpty();

        started = System.nanoTime();
        assertThat(kit.runDueJobs(pid)).isEqualTo(units);
        long openMs = (System.nanoTime() - started) / 1_000_000;
        assertThat(kit.reportTasks(pid)).hasSize(units);

        kit.at(WEEK);
        started = System.nanoTime();
        int periodEndJobs = kit.runDueJobs(pid);
        long periodEndMs = (System.nanoTime() - started) / 1_000_000;
        assertThat(periodEndJobs).as("a timer and a reminder job per unit").isEqualTo(2 * units);
        assertThat(kit.reportTasks(pid)).hasSize(units);
        MailDeliveries deliveries = new MailDeliveries(mailWorker, externalTaskService, jdbc);
        assertThat(deliveries.pending("adoption:" + id + ":")).as("a reminder queued per unit")
                .hasSizeGreaterThanOrEqualTo(units);
        started = System.nanoTime();
        int mails = deliveries.deliver("adoption:" + id + ":");
        long deliveryMs = (System.nanoTime() - started) / 1_000_000;
        log.info("Adoption campaign over {} units: create {} ms, open {} units {} ms ({} ms/unit), first period end "
                        + "queueing {} reminder mails {} ms ({} ms/unit), their delivery {} ms", units, createMs, units,
                openMs, openMs / units, mails, periodEndMs, periodEndMs / units, deliveryMs);
        assertThat(mail.getReceivedMessages()).hasSizeGreaterThanOrEqualTo(units);
    }
}
