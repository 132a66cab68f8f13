package vn.hcmc.feedback.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.hcmc.feedback.handling.HandlingTestSupport.at;
import static vn.hcmc.feedback.handling.HandlingTestSupport.date;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.hcmc.feedback.support.TestMail;

/** The deadline scope of citizen-report: SLA, timers, escalation, and the answer's wait state. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HandlingProcessTest {

    @RegisterExtension
    static GreenMailExtension smtp = TestMail.server();

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    TaskService taskService;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;

    HandlingTestSupport support;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        support = new HandlingTestSupport(runtimeService, managementService, taskService, rest, jdbc);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aReportReceivedOnFridayBeforeTetIsDueAfterTheBreakAndWaitsForTheAnswersApproval() {
        var sent = support.send("2026-02-13T16:00:00+07:00");
        ProcessInstance instance = support.instance(sent.trackingCode());

        assertThat(instance).isWaitingAt(HandlingProcess.TASK_HANDLE_REPORT)
                .hasPassed(HandlingProcess.TASK_APPLY_SLA_POLICY).hasNotPassed(HandlingProcess.TASK_KEEP_DEADLINE)
                .variables().containsEntry("acceptDueAt", "2026-02-23T16:00:00+07:00")
                .containsEntry("answerDueAt", "2026-03-03T17:00:00+07:00")
                .containsEntry("reminderAt", "2026-03-02T09:15:00+07:00")
                .containsEntry("overdue", false)
                .containsEntry("escalationGroup1", "unit-ben-thanh-leaders")
                .containsEntry("escalationGroup2", "city-inspectorate");
        Task task = support.task(instance, HandlingProcess.TASK_HANDLE_REPORT);
        assertThat(task.getDueDate()).isEqualTo(date("2026-03-03T17:00:00+07:00"));
        assertThat(task.getFollowUpDate()).isEqualTo(date("2026-03-02T09:15:00+07:00"));
        assertThat(support.job(instance, HandlingProcess.TIMER_ACCEPTANCE).getDuedate())
                .isEqualTo(date("2026-02-23T16:00:00+07:00"));
        assertThat(support.job(instance, HandlingProcess.TIMER_REMINDER).getDuedate())
                .isEqualTo(date("2026-03-02T09:15:00+07:00"));
        assertThat(support.job(instance, HandlingProcess.TIMER_LEVEL_1).getDuedate())
                .isEqualTo(date("2026-03-03T17:00:00+07:00"));
        assertThat(support.job(instance, HandlingProcess.TIMER_LEVEL_2).getDuedate())
                .as("two working days after the answer deadline").isEqualTo(date("2026-03-05T17:00:00+07:00"));

        at("2026-02-24T09:00:00+07:00");
        support.complete(instance, HandlingProcess.TASK_HANDLE_REPORT, "ben-thanh-staff",
                Map.of("handlingAction", "answer", "answerOutcome", "resolved", "answerText", "Đã thu gom."));
        assertThat(instance).isWaitingAt(HandlingProcess.TASK_APPROVE_ANSWER);
        assertThat(support.hasJob(instance, HandlingProcess.TIMER_LEVEL_1))
                .as("the deadline keeps running while the answer awaits approval").isTrue();
        assertThat(support.status(sent.reportId())).isEqualTo("ANSWER_IN_APPROVAL");

        support.complete(instance, HandlingProcess.TASK_APPROVE_ANSWER, "ben-thanh-leader",
                Map.of("approved", true));
        assertThat(instance).hasPassed(HandlingProcess.END_ANSWERED, HandlingProcess.TASK_PUBLISH_ANSWER);
        assertThat(support.hasJob(instance, HandlingProcess.TIMER_LEVEL_1)).as("the deadline scope is left")
                .isFalse();
    }

    @Test
    void escalationTasksOpenAtTheDeadlinesAndCloseByThemselvesWhenTheReportIsAnswered() {
        var sent = support.send("2026-03-09T10:00:00+07:00");
        ProcessInstance instance = support.instance(sent.trackingCode());
        assertThat(instance).variables().containsEntry("answerDueAt", "2026-03-18T17:00:00+07:00");

        support.fire(instance, HandlingProcess.TIMER_LEVEL_1);
        Task followUp = support.task(instance, HandlingProcess.TASK_FOLLOW_UP_OVERDUE);
        assertThat(followUp.getName()).isEqualTo("Đôn đốc phản ánh quá hạn / Follow up overdue report");
        assertThat(followUp).hasCandidateGroup("unit-ben-thanh-leaders");
        assertThat(instance).variables().containsEntry("overdue", true);
        assertThat(support.task(instance, HandlingProcess.TASK_HANDLE_REPORT)).as("the unit keeps its task")
                .isNotNull();

        support.fire(instance, HandlingProcess.TIMER_LEVEL_2);
        assertThat(ClockUtil.getCurrentTime()).isEqualTo(date("2026-03-20T17:00:00+07:00"));
        Task inspect = support.task(instance, HandlingProcess.TASK_INSPECT_OVERDUE);
        assertThat(inspect).hasCandidateGroup("city-inspectorate");

        support.complete(instance, HandlingProcess.TASK_HANDLE_REPORT, "ben-thanh-staff",
                Map.of("handlingAction", "answer", "answerOutcome", "resolved", "answerText", "Đã thu gom."));
        assertThat(support.task(instance, HandlingProcess.TASK_FOLLOW_UP_OVERDUE)).isNotNull();
        support.complete(instance, HandlingProcess.TASK_APPROVE_ANSWER, "ben-thanh-leader",
                Map.of("approved", true));

        assertThat(instance).hasPassed(HandlingProcess.TASK_PUBLISH_ANSWER);
        assertThat(support.task(instance, HandlingProcess.TASK_FOLLOW_UP_OVERDUE)).isNull();
        assertThat(BpmnAwareTests.historyService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName("handlingOutcome").singleResult().getValue())
                .isEqualTo("answered");
        assertThat(support.events(sent.reportId())).containsSubsequence("escalated-level-1", "escalated-level-2",
                "answer-proposed", "escalation-closed");
        assertThat(support.details(sent.reportId(), "escalation-closed"))
                .containsExactlyInAnyOrder("level 1: answered", "level 2: answered");
    }
}
