package vn.hcmc.feedback.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.hcmc.feedback.support.ReportProcess.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
import vn.hcmc.feedback.notification.process.MailDeliveryProcess;
import vn.hcmc.feedback.notification.process.MailWorker;
import vn.hcmc.feedback.report.process.ReportHandlingProcess;
import vn.hcmc.feedback.support.MailDeliveries;
import vn.hcmc.feedback.support.ReportProcess;

/**
 * No SMTP server at all (none is started): a report is still received, its deadline timers fire one after the
 * other (acceptance check, reminder, both escalation levels) and the unit keeps its task. Every mail of the way
 * waits in mail-delivery, whose exhausted retries are incidents there, none on the report's process.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HandlingMailOutageTest {

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    TaskService taskService;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MailWorker mailWorker;
    @Autowired
    ExternalTaskService externalTaskService;

    HandlingTestSupport support;
    MailDeliveries deliveries;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        support = new HandlingTestSupport(processEngine, rest, jdbc);
        deliveries = new MailDeliveries(mailWorker, externalTaskService, jdbc);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theDeadlineTimersFireAndTheMailsFailOnlyInMailDelivery() {
        var sent = support.send("2026-03-09T10:00:00+07:00");
        ReportProcess instance = support.instance(sent.trackingCode());
        assertThat(instance).isWaitingAt(ReportHandlingProcess.TASK_HANDLE_REPORT);

        support.fire(instance, ReportHandlingProcess.TIMER_ACCEPTANCE);
        support.execute(instance, ReportHandlingProcess.TASK_CHECK_ACCEPTANCE);
        support.fire(instance, ReportHandlingProcess.TIMER_REMINDER);
        support.execute(instance, ReportHandlingProcess.TASK_REMIND_UNIT);
        support.fire(instance, ReportHandlingProcess.TIMER_LEVEL_1);
        assertThat(support.task(instance, ReportHandlingProcess.TASK_FOLLOW_UP_OVERDUE)).as("level 1").isNotNull();
        support.fire(instance, ReportHandlingProcess.TIMER_LEVEL_2);
        assertThat(support.task(instance, ReportHandlingProcess.TASK_INSPECT_OVERDUE)).as("level 2").isNotNull();
        assertThat(support.task(instance, ReportHandlingProcess.TASK_HANDLE_REPORT)).as("the unit keeps its task")
                .isNotNull();
        assertThat(support.events(sent.reportId())).contains("acceptance-overdue", "reminded");

        List<Long> undelivered = deliveries.pending("report:" + sent.trackingCode() + ":");
        assertThat(undelivered).as("receipt, acceptance mail to the leaders, reminder to the unit")
                .hasSizeGreaterThanOrEqualTo(3);
        for (Long mail : undelivered) {
            assertThat(deliveries.failUntilIncident(mail)).isEqualTo(5);
            Incident incident = runtimeService.createIncidentQuery().configuration(deliveries.task(mail).getId())
                    .singleResult();
            assertThat(incident).isNotNull();
            assertThat(repositoryService.getProcessDefinition(incident.getProcessDefinitionId()).getKey())
                    .isEqualTo(MailDeliveryProcess.PROCESS_ID);
        }
        for (var running : instance.running()) {
            assertThat(runtimeService.createIncidentQuery().processInstanceId(running.getId()).count()).isZero();
            assertThat(managementService.createJobQuery().processInstanceId(running.getId()).withException().count())
                    .as("no failed job in the report's process").isZero();
        }
    }
}
