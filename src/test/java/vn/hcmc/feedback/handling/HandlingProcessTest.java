package vn.hcmc.feedback.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.hcmc.feedback.handling.HandlingTestSupport.at;
import static vn.hcmc.feedback.handling.HandlingTestSupport.date;
import static vn.hcmc.feedback.handling.HandlingTestSupport.instant;
import static vn.hcmc.feedback.support.ReportProcess.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
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
import vn.hcmc.feedback.deadline.DeadlineTimers;
import vn.hcmc.feedback.notification.process.MailWorker;
import vn.hcmc.feedback.report.process.CitizenReportProcess;
import vn.hcmc.feedback.report.process.ReportHandlingProcess;
import vn.hcmc.feedback.support.MailDeliveries;
import vn.hcmc.feedback.support.ReportProcess;
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
    @Autowired
    MailWorker mailWorker;
    @Autowired
    OfficialMails officialMails;
    @Autowired
    ExternalTaskService externalTaskService;

    HandlingTestSupport support;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        support = new HandlingTestSupport(processEngine, rest, jdbc);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aReportReceivedOnFridayBeforeTetIsDueAfterTheBreakAndWaitsForTheAnswersApproval() {
        var sent = support.send("2026-02-13T16:00:00+07:00");
        ReportProcess instance = support.instance(sent.trackingCode());

        assertThat(instance).isWaitingAt(ReportHandlingProcess.TASK_HANDLE_REPORT)
                .hasPassed(ReportHandlingProcess.TASK_APPLY_SLA_POLICY).hasNotPassed(ReportHandlingProcess.TASK_KEEP_DEADLINE)
                .variables().containsEntry("acceptDueAt", "2026-02-23T16:00:00+07:00")
                .containsEntry("answerDueAt", "2026-03-03T17:00:00+07:00")
                .containsEntry("reminderAt", "2026-03-02T09:15:00+07:00")
                .containsEntry("overdue", false)
                .containsEntry("escalationGroup1", "unit-ben-thanh-leaders")
                .containsEntry("escalationGroup2", "city-inspectorate");
        Task task = support.task(instance, ReportHandlingProcess.TASK_HANDLE_REPORT);
        assertThat(task.getDueDate()).isEqualTo(date("2026-03-03T17:00:00+07:00"));
        assertThat(task.getFollowUpDate()).isEqualTo(date("2026-03-02T09:15:00+07:00"));
        assertThat(support.job(instance, ReportHandlingProcess.TIMER_ACCEPTANCE).getDuedate())
                .isEqualTo(date("2026-02-23T16:00:00+07:00"));
        assertThat(support.job(instance, ReportHandlingProcess.TIMER_REMINDER).getDuedate())
                .isEqualTo(date("2026-03-02T09:15:00+07:00"));
        assertThat(support.job(instance, ReportHandlingProcess.TIMER_LEVEL_1).getDuedate())
                .isEqualTo(date("2026-03-03T17:00:00+07:00"));
        assertThat(support.job(instance, ReportHandlingProcess.TIMER_LEVEL_2).getDuedate())
                .as("two working days after the answer deadline").isEqualTo(date("2026-03-05T17:00:00+07:00"));

        at("2026-02-24T09:00:00+07:00");
        support.complete(instance, ReportHandlingProcess.TASK_HANDLE_REPORT, "ben-thanh-staff",
                Map.of("handlingAction", "answer", "answerOutcome", "resolved", "answerText", "Đã thu gom."));
        assertThat(instance).isWaitingAt(ReportHandlingProcess.TASK_APPROVE_ANSWER);
        assertThat(support.hasJob(instance, ReportHandlingProcess.TIMER_LEVEL_1))
                .as("the deadline keeps running while the answer awaits approval").isTrue();
        assertThat(support.status(sent.reportId())).isEqualTo("ANSWER_IN_APPROVAL");

        support.complete(instance, ReportHandlingProcess.TASK_APPROVE_ANSWER, "ben-thanh-leader",
                Map.of("approved", true));
        assertThat(instance).hasPassed(ReportHandlingProcess.END_ANSWERED, CitizenReportProcess.TASK_PUBLISH_ANSWER);
        assertThat(support.hasJob(instance, ReportHandlingProcess.TIMER_LEVEL_1)).as("the deadline scope is left")
                .isFalse();
    }

    @Test
    void escalationTasksOpenAtTheDeadlinesAndCloseByThemselvesWhenTheReportIsAnswered() {
        var sent = support.send("2026-03-09T10:00:00+07:00");
        ReportProcess instance = support.instance(sent.trackingCode());
        assertThat(instance).variables().containsEntry("answerDueAt", "2026-03-18T17:00:00+07:00");

        support.fire(instance, ReportHandlingProcess.TIMER_LEVEL_1);
        Task followUp = support.task(instance, ReportHandlingProcess.TASK_FOLLOW_UP_OVERDUE);
        assertThat(followUp.getName()).startsWith("Đôn đốc phản ánh quá hạn / Follow up overdue report · " + instance.trackingCode());
        assertThat(followUp).hasCandidateGroup("unit-ben-thanh-leaders");
        assertThat(instance).variables().containsEntry("overdue", true);
        assertThat(support.task(instance, ReportHandlingProcess.TASK_HANDLE_REPORT)).as("the unit keeps its task")
                .isNotNull();

        support.fire(instance, ReportHandlingProcess.TIMER_LEVEL_2);
        assertThat(ClockUtil.getCurrentTime()).isEqualTo(date("2026-03-20T17:00:00+07:00"));
        Task inspect = support.task(instance, ReportHandlingProcess.TASK_INSPECT_OVERDUE);
        assertThat(inspect).hasCandidateGroup("city-inspectorate");

        support.complete(instance, ReportHandlingProcess.TASK_HANDLE_REPORT, "ben-thanh-staff",
                Map.of("handlingAction", "answer", "answerOutcome", "resolved", "answerText", "Đã thu gom."));
        assertThat(support.task(instance, ReportHandlingProcess.TASK_FOLLOW_UP_OVERDUE)).isNotNull();
        support.complete(instance, ReportHandlingProcess.TASK_APPROVE_ANSWER, "ben-thanh-leader",
                Map.of("approved", true));

        assertThat(instance).hasPassed(CitizenReportProcess.TASK_PUBLISH_ANSWER);
        assertThat(support.task(instance, ReportHandlingProcess.TASK_FOLLOW_UP_OVERDUE)).isNull();
        assertThat(instance.variable("handlingOutcome")).as("passed out to citizen-report").isEqualTo("answered");
        assertThat(support.events(sent.reportId())).containsSubsequence("escalated-level-1", "escalated-level-2",
                "answer-proposed", "escalation-closed");
        assertThat(support.details(sent.reportId(), "escalation-closed"))
                .containsExactlyInAnyOrder("level 1: answered", "level 2: answered");
    }

    @Test
    void aReportRoutedOnASwappedWorkingSaturdayCountsThatSaturday() {
        var sent = support.send("2026-01-10T09:00:00+07:00");
        ReportProcess instance = support.instance(sent.trackingCode());
        assertThat(instance).variables()
                .containsEntry("acceptDueAt", "2026-01-12T09:00:00+07:00")
                .containsEntry("answerDueAt", "2026-01-20T17:00:00+07:00");
    }

    @Test
    void theReminderMailsTheUnitAndTheAcceptanceDeadlineTellsTheLeadersWhenNobodyTookTheReport() throws Exception {
        var sent = support.send("2026-03-09T10:00:00+07:00");
        ReportProcess instance = support.instance(sent.trackingCode());

        support.fire(instance, ReportHandlingProcess.TIMER_ACCEPTANCE);
        support.execute(instance, ReportHandlingProcess.TASK_CHECK_ACCEPTANCE);
        assertThat(mailsAbout(sent.trackingCode(), "ben-thanh-leader@demo.feedback.local")).hasSize(1);
        assertThat(mailsAbout(sent.trackingCode(), "ben-thanh-staff@demo.feedback.local")).isEmpty();

        taskService.claim(support.task(instance, ReportHandlingProcess.TASK_HANDLE_REPORT).getId(), "ben-thanh-staff");
        support.fire(instance, ReportHandlingProcess.TIMER_REMINDER);
        support.execute(instance, ReportHandlingProcess.TASK_REMIND_UNIT);
        assertThat(mailsAbout(sent.trackingCode(), "ben-thanh-staff@demo.feedback.local")).hasSize(1);
        assertThat(support.events(sent.reportId())).contains("acceptance-overdue", "reminded");
        assertThat(support.task(instance, ReportHandlingProcess.TASK_HANDLE_REPORT).getAssignee())
                .as("the unit never loses its task").isEqualTo("ben-thanh-staff");
        assertThat(support.details(sent.reportId(), "reminded")).containsExactly("unit-ben-thanh (2 mail(s))");
        assertThat(officialMails.send("unit-ben-thanh", "reminder", sent.trackingCode(),
                (String) runtimeService.getVariable(instance.current().getId(), ReportHandlingProcess.REMINDER_AT),
                Map.of("unitCode", "unit-ben-thanh", "answerDueAt", "2026-03-20T17:00:00+07:00")))
                .as("a rerun of the reminder counts the mails it finds queued, as the history should")
                .isEqualTo(2);
        assertThat(mailsAbout(sent.trackingCode(), "ben-thanh-staff@demo.feedback.local")).hasSize(1);
    }

    @Test
    void anAcceptedReportDoesNotBotherTheLeaders() {
        var sent = support.send("2026-03-09T10:00:00+07:00");
        ReportProcess instance = support.instance(sent.trackingCode());
        taskService.claim(support.task(instance, ReportHandlingProcess.TASK_HANDLE_REPORT).getId(), "ben-thanh-staff");
        support.fire(instance, ReportHandlingProcess.TIMER_ACCEPTANCE);
        support.execute(instance, ReportHandlingProcess.TASK_CHECK_ACCEPTANCE);
        assertThat(support.events(sent.reportId())).doesNotContain("acceptance-overdue");
    }

    @Test
    void anInformationRequestPausesTheClockOverTheWeekendAndTheAnswerResumesIt() throws Exception {
        var sent = support.send("2026-03-09T10:00:00+07:00");
        ReportProcess instance = support.instance(sent.trackingCode());
        assertThat(instance).variables().containsEntry("answerDueAt", "2026-03-18T17:00:00+07:00");

        at("2026-03-13T16:00:00+07:00");  // Friday
        support.complete(instance, ReportHandlingProcess.TASK_HANDLE_REPORT, "ben-thanh-staff",
                Map.of("handlingAction", "information", "question", "Xin cho biết số nhà chính xác?"));
        support.execute(instance, ReportHandlingProcess.TASK_REQUEST_INFORMATION);
        assertThat(instance).isWaitingAt(ReportHandlingProcess.GATEWAY_INFORMATION_WAIT);
        assertThat(support.status(sent.reportId())).isEqualTo("AWAITING_INFORMATION");
        assertThat(support.job(instance, ReportHandlingProcess.TIMER_LEVEL_1).getDuedate()).as("clock paused")
                .isEqualTo(DeadlineTimers.PAUSED_UNTIL);
        assertThat(support.job(instance, ReportHandlingProcess.TIMER_REMINDER).getDuedate())
                .isEqualTo(DeadlineTimers.PAUSED_UNTIL);
        assertThat(support.job(instance, ReportHandlingProcess.TIMER_INFORMATION_DUE).getDuedate())
                .as("five working days to answer").isEqualTo(date("2026-03-20T17:00:00+07:00"));
        assertThat(mailsAbout(sent.trackingCode(), sent.email())).as("the receipt, then the question").hasSize(2)
                .last().satisfies(m -> assertThat(m.getContent().toString()).contains("Xin cho biết số nhà chính xác?"));

        at("2026-03-16T09:00:00+07:00");  // Monday: 1 h on Friday + 1.5 h on Monday were paused
        runtimeService.createMessageCorrelation(ReportHandlingProcess.MESSAGE_INFORMATION_RECEIVED)
                .processInstanceBusinessKey(sent.trackingCode()).correlate();

        assertThat(instance).isWaitingAt(ReportHandlingProcess.TASK_HANDLE_REPORT).variables()
                .containsEntry("pausedMinutes", 150L)
                .containsEntry("answerDueAt", "2026-03-19T10:00:00+07:00")
                .containsEntry("reminderAt", "2026-03-17T10:00:00+07:00");
        assertThat(support.job(instance, ReportHandlingProcess.TIMER_LEVEL_1).getDuedate())
                .isEqualTo(date("2026-03-19T10:00:00+07:00"));
        assertThat(support.job(instance, ReportHandlingProcess.TIMER_REMINDER).getDuedate())
                .isEqualTo(date("2026-03-17T10:00:00+07:00"));
        assertThat(support.job(instance, ReportHandlingProcess.TIMER_LEVEL_2).getDuedate())
                .isEqualTo(date("2026-03-23T17:00:00+07:00"));
        assertThat(support.task(instance, ReportHandlingProcess.TASK_HANDLE_REPORT).getDueDate())
                .isEqualTo(date("2026-03-19T10:00:00+07:00"));
        assertThat(support.hasJob(instance, ReportHandlingProcess.TIMER_INFORMATION_DUE)).isFalse();
    }

    @Test
    void withoutAnAnswerInFiveWorkingDaysTheReportIsClosedAndTheCitizenTold() throws Exception {
        var sent = support.send("2026-03-09T10:00:00+07:00");
        ReportProcess instance = support.instance(sent.trackingCode());
        support.fire(instance, ReportHandlingProcess.TIMER_LEVEL_1);
        at("2026-03-19T08:00:00+07:00");
        support.complete(instance, ReportHandlingProcess.TASK_HANDLE_REPORT, "ben-thanh-staff",
                Map.of("handlingAction", "information", "question", "Ảnh chụp rõ hơn được không?"));
        support.execute(instance, ReportHandlingProcess.TASK_REQUEST_INFORMATION);

        support.fire(instance, ReportHandlingProcess.TIMER_INFORMATION_DUE);
        assertThat(ClockUtil.getCurrentTime()).isEqualTo(date("2026-03-26T17:00:00+07:00"));
        assertThat(support.task(instance, ReportHandlingProcess.TASK_FOLLOW_UP_OVERDUE)).as("closed with the scope")
                .isNull();
        support.execute(instance, CitizenReportProcess.TASK_CLOSE_NO_INFORMATION);

        assertThat(instance).isEnded().hasPassed(CitizenReportProcess.END_CLOSED_NO_INFORMATION)
                .hasNotPassed(CitizenReportProcess.TASK_PUBLISH_ANSWER);
        assertThat(support.status(sent.reportId())).isEqualTo("CLOSED");
        assertThat(support.details(sent.reportId(), "closed")).containsExactly("no-information");
        assertThat(support.details(sent.reportId(), "escalation-closed"))
                .containsExactly("level 1: closed-no-information");
        assertThat(mailsAbout(sent.trackingCode(), sent.email())).as("receipt, question, closing").hasSize(3);
    }

    @Test
    void transfersKeepTheAnswerDeadlineAndTheThirdGoesToTheTriageDesk() {
        var sent = support.send("2026-03-09T10:00:00+07:00");
        ReportProcess instance = support.instance(sent.trackingCode());

        at("2026-03-10T09:00:00+07:00");
        support.complete(instance, ReportHandlingProcess.TASK_HANDLE_REPORT, "ben-thanh-staff",
                Map.of("handlingAction", "transfer", "transferUnitCode", "tan-dinh", "reason", "Địa chỉ thuộc Tân Định"));
        assertThat(instance).isWaitingAt(ReportHandlingProcess.TASK_HANDLE_REPORT).hasPassed(ReportHandlingProcess.TASK_KEEP_DEADLINE)
                .variables().containsEntry("unitCode", "tan-dinh").containsEntry("transfers", 1)
                .containsEntry("answerDueAt", "2026-03-18T17:00:00+07:00")
                .containsEntry("acceptDueAt", "2026-03-11T09:00:00+07:00")
                .containsEntry("escalationGroup1", "unit-tan-dinh-leaders");
        assertThat(support.task(instance, ReportHandlingProcess.TASK_HANDLE_REPORT)).hasCandidateGroup("unit-tan-dinh");
        assertThat(support.task(instance, ReportHandlingProcess.TASK_HANDLE_REPORT).getDueDate())
                .isEqualTo(date("2026-03-18T17:00:00+07:00"));

        support.complete(instance, ReportHandlingProcess.TASK_HANDLE_REPORT, "tan-dinh-staff",
                Map.of("handlingAction", "transfer", "transferUnitCode", "ben-thanh", "reason", "Không phải địa bàn"));
        assertThat(support.task(instance, ReportHandlingProcess.TASK_HANDLE_REPORT)).hasCandidateGroup("unit-ben-thanh");

        support.complete(instance, ReportHandlingProcess.TASK_HANDLE_REPORT, "ben-thanh-staff",
                Map.of("handlingAction", "transfer", "transferUnitCode", "tan-dinh", "reason", "Vẫn không phải"));
        assertThat(instance).isWaitingAt("Task_TriageReport").variables().containsEntry("transfers", 3);
        assertThat(support.status(sent.reportId())).isEqualTo("TRIAGE");

        support.complete(instance, "Task_TriageReport", "triage", Map.of("decision", "ROUTE", "category", "garbage",
                "priority", "NORMAL", "unitCode", "ben-thanh"));
        assertThat(instance).isWaitingAt(ReportHandlingProcess.TASK_HANDLE_REPORT).variables()
                .containsEntry("unitCode", "ben-thanh").containsEntry("answerDueAt", "2026-03-18T17:00:00+07:00");
        assertThat(support.details(sent.reportId(), "transferred")).hasSize(3).last().asString()
                .contains("triage-desk");
    }

    @Test
    void anIncompleteOrImpossibleChoiceIsRefusedAndChangesNothing() {
        var sent = support.send("2026-03-09T10:00:00+07:00");
        ReportProcess instance = support.instance(sent.trackingCode());
        Task task = support.task(instance, ReportHandlingProcess.TASK_HANDLE_REPORT);
        for (Map<String, Object> form : java.util.List.<Map<String, Object>>of(
                Map.of(), Map.of("handlingAction", "panic"),
                Map.of("handlingAction", "information"),
                Map.of("handlingAction", "transfer", "transferUnitCode", "tan-dinh"),
                Map.of("handlingAction", "transfer", "transferUnitCode", "nowhere", "reason", "x"),
                Map.of("handlingAction", "transfer", "transferUnitCode", "ben-thanh", "reason", "x"),
                Map.of("handlingAction", "extension", "reason", "x"),
                Map.of("handlingAction", "extension", "reason", "x", "workingDays", 8))) {
            assertThatThrownBy(() -> taskService.complete(task.getId(), form)).as(form.toString())
                    .isInstanceOf(ProcessEngineException.class);
        }
        assertThat(support.task(instance, ReportHandlingProcess.TASK_HANDLE_REPORT).getId()).isEqualTo(task.getId());
        assertThat(support.events(sent.reportId())).doesNotContain("transferred", "extension-requested",
                "information-requested");
    }

    @Test
    void anExtensionAfterTheLevelOneEscalationMovesEveryTimerOnce() {
        var sent = support.send("2026-03-09T10:00:00+07:00");
        ReportProcess instance = support.instance(sent.trackingCode());
        assertThat(dueOnTheReport(sent.reportId())).as("the report's row keeps the deadline, for the figures")
                .isEqualTo(instant(String.valueOf(support.variable(instance, "answerDueAt"))));
        support.fire(instance, ReportHandlingProcess.TIMER_LEVEL_1);
        assertThat(instance).variables().containsEntry("overdue", true);

        at("2026-03-19T09:00:00+07:00");
        support.complete(instance, ReportHandlingProcess.TASK_HANDLE_REPORT, "ben-thanh-staff",
                Map.of("handlingAction", "extension", "reason", "Chờ kết quả kiểm tra hiện trường", "workingDays", 3));
        Task decide = support.task(instance, ReportHandlingProcess.TASK_DECIDE_EXTENSION);
        assertThat(decide).hasCandidateGroup("unit-ben-thanh-leaders");
        support.complete(instance, ReportHandlingProcess.TASK_DECIDE_EXTENSION, "ben-thanh-leader",
                Map.of("approved", true, "comment", "Đồng ý"));

        assertThat(instance).isWaitingAt(ReportHandlingProcess.TASK_HANDLE_REPORT, ReportHandlingProcess.TASK_FOLLOW_UP_OVERDUE)
                .variables().containsEntry("answerDueAt", "2026-03-23T17:00:00+07:00")
                .containsEntry("extensionDays", 3).containsEntry("overdue", false);
        assertThat(support.task(instance, ReportHandlingProcess.TASK_HANDLE_REPORT).getDueDate())
                .isEqualTo(date("2026-03-23T17:00:00+07:00"));
        assertThat(support.job(instance, ReportHandlingProcess.TIMER_LEVEL_2).getDuedate())
                .as("level 2 moves with the new deadline").isEqualTo(date("2026-03-25T17:00:00+07:00"));
        assertThat(support.task(instance, ReportHandlingProcess.TASK_FOLLOW_UP_OVERDUE).getDueDate())
                .isEqualTo(date("2026-03-25T17:00:00+07:00"));
        assertThat(support.hasJob(instance, ReportHandlingProcess.TIMER_LEVEL_1)).as("level 1 was reached already")
                .isFalse();
        assertThat(support.events(sent.reportId())).containsSubsequence("escalated-level-1", "extension-requested",
                "extension-approved", "deadline-moved");
        assertThat(dueOnTheReport(sent.reportId())).as("moved on the report too")
                .isEqualTo(instant("2026-03-23T17:00:00+07:00"));
        assertThat(jdbc.queryForObject("select count(*) from report_event where report_id = ? and event ="
                + " 'extension-approved' and unit_code = 'ben-thanh'", Integer.class, sent.reportId()))
                .as("each step keeps the unit it happened at").isEqualTo(1);

        Task handle = support.task(instance, ReportHandlingProcess.TASK_HANDLE_REPORT);
        taskService.claim(handle.getId(), "ben-thanh-staff");
        assertThatThrownBy(() -> taskService.complete(handle.getId(), Map.of("handlingAction", "extension",
                "reason", "Thêm nữa", "workingDays", 1))).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("once");
        support.fire(instance, ReportHandlingProcess.TIMER_LEVEL_2);
        assertThat(support.task(instance, ReportHandlingProcess.TASK_INSPECT_OVERDUE)).isNotNull();
        assertThat(support.jdbc.queryForObject("select count(*) from report_event where report_id = ? and event = ?",
                Long.class, sent.reportId(), "escalated-level-1")).isEqualTo(1);
    }

    @Test
    void aRefusedExtensionLeavesTheDeadline() {
        var sent = support.send("2026-03-09T10:00:00+07:00");
        ReportProcess instance = support.instance(sent.trackingCode());
        support.complete(instance, ReportHandlingProcess.TASK_HANDLE_REPORT, "ben-thanh-staff",
                Map.of("handlingAction", "extension", "reason", "Nhiều việc", "workingDays", 2));
        Task decide = support.task(instance, ReportHandlingProcess.TASK_DECIDE_EXTENSION);
        taskService.claim(decide.getId(), "ben-thanh-leader");
        assertThatThrownBy(() -> taskService.complete(decide.getId(), Map.of("approved", false)))
                .as("a refusal needs a comment").isInstanceOf(ProcessEngineException.class);
        taskService.complete(decide.getId(), Map.of("approved", false, "comment", "Không đủ lý do"));
        assertThat(instance).isWaitingAt(ReportHandlingProcess.TASK_HANDLE_REPORT).hasNotPassed(ReportHandlingProcess.TASK_EXTEND_DEADLINE)
                .variables().containsEntry("answerDueAt", "2026-03-18T17:00:00+07:00");
        assertThat(support.details(sent.reportId(), "extension-refused")).containsExactly("2 working day(s): Không đủ lý do");
    }

    private java.util.List<MimeMessage> mailsAbout(String trackingCode, String to) throws Exception {
        new MailDeliveries(mailWorker, externalTaskService, jdbc).deliver(trackingCode);
        java.util.List<MimeMessage> found = new java.util.ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (m.getSubject().contains(trackingCode) && m.getAllRecipients()[0].toString().equalsIgnoreCase(to)) {
                found.add(m);
            }
        }
        return found;
    }

    private java.time.Instant dueOnTheReport(long reportId) {
        return jdbc.queryForObject("select answer_due_at from report where id = ?", java.sql.Timestamp.class,
                reportId).toInstant();
    }
}
