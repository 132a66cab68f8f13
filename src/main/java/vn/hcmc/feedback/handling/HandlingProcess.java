package vn.hcmc.feedback.handling;

import java.util.Map;

/** Ids and variable names of the handling part of {@code processes/citizen-report.bpmn} (SubProcess_Handling). */
public final class HandlingProcess {

    public static final String PROCESS_ID = "citizen-report";

    // --- BPMN ids ---
    public static final String GATEWAY_FIRST_ROUTING = "Gateway_FirstRouting";
    public static final String TASK_APPLY_SLA_POLICY = "ServiceTask_ApplySlaPolicy";
    public static final String TASK_KEEP_DEADLINE = "ServiceTask_KeepDeadline";
    public static final String SUBPROCESS_HANDLING = "SubProcess_Handling";
    public static final String TASK_HANDLE_REPORT = "Task_HandleReport";
    public static final String GATEWAY_HANDLING_ACTION = "Gateway_HandlingAction";
    /** The answer half (package answer): a leader approves the proposed answer inside the scope. */
    public static final String TASK_APPROVE_ANSWER = "Task_ApproveAnswer";
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
    public static final String BOUNDARY_TRANSFERRED = "BoundaryEvent_Transferred";
    public static final String GATEWAY_THIRD_TRANSFER = "Gateway_ThirdTransfer";
    public static final String BOUNDARY_NO_INFORMATION = "BoundaryEvent_NoInformation";
    public static final String TASK_CLOSE_NO_INFORMATION = "ServiceTask_CloseNoInformation";
    public static final String END_CLOSED_NO_INFORMATION = "EndEvent_ClosedNoInformation";
    /** After the scope: the answer half publishes the approved answer. */
    public static final String TASK_PUBLISH_ANSWER = "ServiceTask_PublishAnswer";

    public static final String MESSAGE_INFORMATION_RECEIVED = "InformationReceived";

    public static final String FORM_HANDLE_REPORT = "handle-report";
    public static final String FORM_DECIDE_EXTENSION = "decide-extension";
    public static final String FORM_FOLLOW_UP_OVERDUE = "follow-up-overdue";
    public static final String FORM_INSPECT_OVERDUE = "inspect-overdue";

    // --- process variables (identifiers, instants and counters only) ---
    public static final String REPORT_ID = "reportId";
    public static final String TRACKING_CODE = "trackingCode";
    public static final String UNIT_CODE = "unitCode";
    public static final String CATEGORY = "category";
    public static final String PRIORITY = "priority";
    /** When the answer clock started (first routing), a Date. */
    public static final String SLA_START = "slaStart";
    /** When the current unit received the report (first routing or the last transfer), a Date. */
    public static final String ACCEPT_START = "acceptStart";
    /** Working minutes the clock was paused for information, in total. */
    public static final String PAUSED_MINUTES = "pausedMinutes";
    /** Working days granted by the (single) approved extension. */
    public static final String EXTENSION_DAYS = "extensionDays";
    /** True once an extension was approved; a report is extended at most once, even after a reopening. */
    public static final String EXTENSION_GRANTED = "extensionGranted";
    /** True while the clock is paused for information (the deadline timers are parked). */
    public static final String CLOCK_PAUSED = "clockPaused";
    public static final String HANDLING_ACTION = "handlingAction";
    public static final String INFORMATION_QUESTION = "informationQuestion";
    public static final String INFORMATION_ASKED_AT = "informationAskedAt";
    public static final String INFORMATION_RECEIVED_AT = "informationReceivedAt";
    /** How many times the unit asked for information (the round of the citizen's mails). */
    public static final String INFORMATION_REQUESTS = "informationRequests";
    public static final String TRANSFERS = "transfers";
    /** The working days the pending extension request asks for. */
    public static final String EXTENSION_WORKING_DAYS = "extensionWorkingDays";
    public static final String EXTENSION_APPROVED = "extensionApproved";
    /** Why the deadline scope was left: answered, transferred, closed-no-information. */
    public static final String HANDLING_OUTCOME = "handlingOutcome";

    // --- task-local form fields ---
    public static final String FIELD_ACTION = "handlingAction";
    public static final String FIELD_QUESTION = "question";
    public static final String FIELD_TRANSFER_UNIT = "transferUnitCode";
    public static final String FIELD_REASON = "reason";
    public static final String FIELD_WORKING_DAYS = "workingDays";
    public static final String FIELD_APPROVED = "approved";
    public static final String FIELD_COMMENT = "comment";
    public static final String FIELD_NOTE = "note";

    /** The deadline timers of the scope and the deadline each one follows. */
    public static final Map<String, String> DEADLINE_TIMERS = Map.of(
            TIMER_ACCEPTANCE, "acceptDueAt",
            TIMER_REMINDER, "reminderAt",
            TIMER_LEVEL_1, "answerDueAt",
            TIMER_LEVEL_2, "level2DueAt");

    private HandlingProcess() {
    }
}
