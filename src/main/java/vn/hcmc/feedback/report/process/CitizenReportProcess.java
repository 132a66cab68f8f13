package vn.hcmc.feedback.report.process;

/** Ids and variable names of {@code processes/citizen-report.bpmn}. */
public final class CitizenReportProcess {

    public static final String PROCESS_ID = "citizen-report";
    public static final String ROUTING_DECISION = "report-routing";

    // --- variables: identifiers and routing decisions only ---
    public static final String REPORT_ID = "reportId";
    public static final String TRACKING_CODE = "trackingCode";
    public static final String CATEGORY = "category";
    /** URGENT, HIGH, NORMAL, LOW. */
    public static final String PRIORITY = "priority";
    public static final String UNIT_CODE = "unitCode";
    /** AUTO or MANUAL. */
    public static final String TRIAGE = "triage";
    public static final String DUPLICATE_OF = "duplicateOf";

    public static final String TRIAGE_AUTO = "AUTO";
    public static final String TRIAGE_MANUAL = "MANUAL";

    // --- task-local fields of the triage form (they end with the task) ---
    public static final String FORM_DECISION = "decision";
    public static final String FORM_REJECT_REASON = "rejectReason";
    public static final String FORM_REJECT_NOTE = "rejectNote";

    // --- routing table ---
    public static final String DMN_PLACE_KIND = "placeKind";
    public static final String DMN_UNIT_KIND = "unitKind";
    public static final String DMN_UNIT = "unit";
    public static final String DMN_PRIORITY = "priority";

    // --- BPMN ids ---
    public static final String START = "StartEvent_ReportReceived";
    public static final String TASK_AUTOMATIC_TRIAGE = "ServiceTask_AutomaticTriage";
    public static final String TASK_CHECK_DUPLICATE = "ServiceTask_CheckDuplicate";
    public static final String GATEWAY_DUPLICATE = "Gateway_Duplicate";
    public static final String GATEWAY_NEEDS_PERSON = "Gateway_NeedsPerson";
    public static final String TASK_TRIAGE_REPORT = "Task_TriageReport";
    public static final String GATEWAY_TRIAGE_DECISION = "Gateway_TriageDecision";
    public static final String TASK_ROUTE_REPORT = "ServiceTask_RouteReport";
    public static final String TASK_HANDLE_REPORT = "Task_HandleReport";
    public static final String END_DUPLICATE = "EndEvent_Duplicate";
    public static final String END_REJECTED = "EndEvent_Rejected";
    public static final String TASK_MAIL_RECEIPT = "ServiceTask_MailReceipt";
    public static final String END_CLOSED = "EndEvent_Closed";

    public static final String FORM_TRIAGE_REPORT = "triage-report";
    public static final String FORM_HANDLE_REPORT = "handle-report";

    private CitizenReportProcess() {
    }
}
