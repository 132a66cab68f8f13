package vn.hcmc.feedback.report.process;

import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Ids and variables of {@code processes/report-handling.bpmn}: the deadlines and the unit's work under them. Called
 * by citizen-report once the report has its unit; ends with {@link #HANDLING_OUTCOME}. Instants are ISO-8601 strings
 * with offset (e.g. {@code 2026-03-03T17:00:00+07:00}) or Dates where noted.
 */
public final class ReportHandlingProcess {

    public static final String PROCESS_ID = "report-handling";

    // --- BPMN ids ---
    public static final String START = "StartEvent_UnitReceives";
    public static final String GATEWAY_DEADLINE_START = "Gateway_DeadlineStart";
    public static final String TASK_APPLY_SLA_POLICY = "ServiceTask_ApplySlaPolicy";
    public static final String TASK_KEEP_DEADLINE = "ServiceTask_KeepDeadline";
    public static final String SUBPROCESS_HANDLING = "SubProcess_Handling";
    public static final String TASK_HANDLE_REPORT = "Task_HandleReport";
    public static final String GATEWAY_HANDLING_ACTION = "Gateway_HandlingAction";
    public static final String TASK_APPROVE_ANSWER = "Task_ApproveAnswer";
    public static final String GATEWAY_ANSWER_APPROVED = "Gateway_AnswerApproved";
    public static final String END_ANSWERED = "EndEvent_Answered";
    public static final String END_TRANSFERRED = "EndEvent_Transferred";
    public static final String TASK_REQUEST_INFORMATION = "ServiceTask_RequestInformation";
    public static final String GATEWAY_INFORMATION_WAIT = "Gateway_InformationWait";
    public static final String EVENT_INFORMATION_RECEIVED = "Event_InformationReceived";
    public static final String TASK_RESUME_CLOCK = "ServiceTask_ResumeClock";
    public static final String TIMER_INFORMATION_DUE = "Timer_InformationDue";
    public static final String END_NO_INFORMATION = "EndEvent_NoInformation";
    public static final String TASK_DECIDE_EXTENSION = "Task_DecideExtension";
    public static final String TASK_EXTEND_DEADLINE = "ServiceTask_ExtendDeadline";
    public static final String TIMER_ACCEPTANCE = "TimerStart_Acceptance";
    public static final String TASK_CHECK_ACCEPTANCE = "ServiceTask_CheckAcceptance";
    public static final String TIMER_REMINDER = "TimerStart_Reminder";
    public static final String TASK_REMIND_UNIT = "ServiceTask_RemindUnit";
    public static final String TIMER_LEVEL_1 = "TimerStart_Level1";
    public static final String TASK_FOLLOW_UP_OVERDUE = "Task_FollowUpOverdue";
    public static final String TIMER_LEVEL_2 = "TimerStart_Level2";
    public static final String TASK_INSPECT_OVERDUE = "Task_InspectOverdue";
    public static final String END_HANDLED = "EndEvent_Handled";

    public static final String MESSAGE_INFORMATION_RECEIVED = "InformationReceived";

    public static final String FORM_HANDLE_REPORT = "handle-report";
    public static final String FORM_APPROVE_ANSWER = "approve-answer";
    public static final String FORM_DECIDE_EXTENSION = "decide-extension";
    public static final String FORM_FOLLOW_UP_OVERDUE = "follow-up-overdue";
    public static final String FORM_INSPECT_OVERDUE = "inspect-overdue";

    // --- in: why the unit receives the report (set by citizen-report's call) ---
    /** {@link #START_NEW} (first routing or reopened: new deadlines) or {@link #START_TRANSFER} (deadline kept). */
    public static final String HANDLING_START = "handlingStart";
    public static final String START_NEW = "new";
    public static final String START_TRANSFER = "transfer";

    // --- out: how handling ended ---
    public static final String HANDLING_OUTCOME = "handlingOutcome";
    public static final String OUTCOME_ANSWERED = "answered";
    public static final String OUTCOME_TRANSFERRED = "transferred";
    public static final String OUTCOME_CLOSED_NO_INFORMATION = "closed-no-information";

    // --- deadlines (written by the sla-policy task, moved by the deadline timers) ---
    /** When the answer clock started (first routing or reopening), a Date. */
    public static final String SLA_START = "slaStart";
    /** When the current unit received the report (first routing or the last transfer), a Date. */
    public static final String ACCEPT_START = "acceptStart";
    /** When the report was received: where the sla-policy task starts the clock in a model without slaStart. */
    public static final String RECEIVED_AT = "receivedAt";
    public static final String ACCEPT_DUE_AT = "acceptDueAt";
    public static final String ANSWER_DUE_AT = "answerDueAt";
    public static final String REMINDER_AT = "reminderAt";
    /** The policy's answer time (e.g. P7D), to bound an extension. */
    public static final String ANSWER_DEADLINE = "answerDeadline";
    /** Candidate groups of the level-1 and level-2 escalation tasks. */
    public static final String ESCALATION_GROUP_1 = "escalationGroup1";
    public static final String ESCALATION_GROUP_2 = "escalationGroup2";
    /** False until the answer deadline passes. */
    public static final String OVERDUE = "overdue";
    /** Working minutes the clock was paused for information, in total. */
    public static final String PAUSED_MINUTES = "pausedMinutes";
    /** Working days granted by the (single) approved extension. */
    public static final String EXTENSION_DAYS = "extensionDays";
    /** True once an extension was approved; a report is extended at most once, even after a reopening. */
    public static final String EXTENSION_GRANTED = "extensionGranted";
    /** True while the clock is paused for information (the deadline timers are parked). */
    public static final String CLOCK_PAUSED = "clockPaused";

    // --- the unit's work ---
    /** The handling task's choice: {@link #ACTION_ANSWER}, information, transfer, extension. */
    public static final String HANDLING_ACTION = "handlingAction";
    public static final String ACTION_ANSWER = "answer";
    public static final String INFORMATION_QUESTION = "informationQuestion";
    /** Dates. */
    public static final String INFORMATION_ASKED_AT = "informationAskedAt";
    public static final String INFORMATION_RECEIVED_AT = "informationReceivedAt";
    /** How many times the unit asked for information (the round of the citizen's mails). */
    public static final String INFORMATION_REQUESTS = "informationRequests";
    public static final String TRANSFERS = "transfers";
    /** The working days the pending extension request asks for. */
    public static final String EXTENSION_WORKING_DAYS = "extensionWorkingDays";
    public static final String EXTENSION_APPROVED = "extensionApproved";
    /** Result of the last answer approval. */
    public static final String ANSWER_APPROVED = "answerApproved";

    // --- task-local form fields ---
    public static final String FIELD_ACTION = "handlingAction";
    public static final String FIELD_QUESTION = "question";
    public static final String FIELD_TRANSFER_UNIT = "transferUnitCode";
    public static final String FIELD_REASON = "reason";
    public static final String FIELD_WORKING_DAYS = "workingDays";
    /** Approve answer and decide extension: true or false (a refusal or a return needs a comment). */
    public static final String FIELD_APPROVED = "approved";
    public static final String FIELD_COMMENT = "comment";
    public static final String FIELD_NOTE = "note";

    /** Not a variable: the level-2 escalation instant, computed from answerDueAt (the key of its timer below). */
    public static final String LEVEL_2_DUE_AT = "level2DueAt";

    /** The deadline timers of the scope and the deadline each one follows. */
    public static final Map<String, String> DEADLINE_TIMERS = Map.of(
            TIMER_ACCEPTANCE, ACCEPT_DUE_AT,
            TIMER_REMINDER, REMINDER_AT,
            TIMER_LEVEL_1, ANSWER_DUE_AT,
            TIMER_LEVEL_2, LEVEL_2_DUE_AT);

    public static int transfers(VariableScope scope) {
        return (int) number(scope.getVariable(TRANSFERS));
    }

    public static int informationRequests(VariableScope scope) {
        return (int) number(scope.getVariable(INFORMATION_REQUESTS));
    }

    public static long pausedMinutes(VariableScope scope) {
        return number(scope.getVariable(PAUSED_MINUTES));
    }

    public static int extensionWorkingDays(VariableScope scope) {
        return (int) number(scope.getVariable(EXTENSION_WORKING_DAYS));
    }

    public static String answerDueAt(VariableScope scope) {
        return (String) scope.getVariable(ANSWER_DUE_AT);
    }

    public static String escalationGroup1(VariableScope scope) {
        return (String) scope.getVariable(ESCALATION_GROUP_1);
    }

    public static String escalationGroup2(VariableScope scope) {
        return (String) scope.getVariable(ESCALATION_GROUP_2);
    }

    /** A counter variable: 0 when it was never set. */
    public static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private ReportHandlingProcess() {
    }
}
