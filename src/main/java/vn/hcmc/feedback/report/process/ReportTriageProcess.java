package vn.hcmc.feedback.report.process;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Ids and variables of {@code processes/report-triage.bpmn}: who handles the report. Called by citizen-report for a
 * new report and after every transfer; ends with {@link #TRIAGE_OUTCOME}.
 */
public final class ReportTriageProcess {

    public static final String PROCESS_ID = "report-triage";
    public static final String ROUTING_DECISION = "report-routing";

    // --- BPMN ids ---
    public static final String START = "StartEvent_Triage";
    public static final String GATEWAY_TRIAGE_START = "Gateway_TriageStart";
    public static final String TASK_AUTOMATIC_TRIAGE = "ServiceTask_AutomaticTriage";
    public static final String TASK_CHECK_DUPLICATE = "ServiceTask_CheckDuplicate";
    public static final String GATEWAY_DUPLICATE = "Gateway_Duplicate";
    public static final String END_DUPLICATE = "EndEvent_Duplicate";
    public static final String GATEWAY_NEEDS_PERSON = "Gateway_NeedsPerson";
    public static final String TASK_TRIAGE_REPORT = "Task_TriageReport";
    public static final String GATEWAY_TRIAGE_DECISION = "Gateway_TriageDecision";
    public static final String END_REJECTED = "EndEvent_Rejected";
    public static final String TASK_ROUTE_REPORT = "ServiceTask_RouteReport";
    public static final String END_ROUTED = "EndEvent_Routed";
    public static final String FORM_TRIAGE_REPORT = "triage-report";

    // --- variables: identifiers and routing decisions only ---
    public static final String CATEGORY = "category";
    /** URGENT, HIGH, NORMAL, LOW. */
    public static final String PRIORITY = "priority";
    public static final String UNIT_CODE = "unitCode";
    /** AUTO or MANUAL. */
    public static final String TRIAGE = "triage";
    public static final String TRIAGE_AUTO = "AUTO";
    public static final String TRIAGE_MANUAL = "MANUAL";
    public static final String DUPLICATE_OF = "duplicateOf";
    /** How triage ended: {@link #OUTCOME_ROUTED}, {@link #OUTCOME_DUPLICATE} or {@link #OUTCOME_REJECTED}. */
    public static final String TRIAGE_OUTCOME = "triageOutcome";
    public static final String OUTCOME_ROUTED = "routed";
    public static final String OUTCOME_DUPLICATE = "duplicate";
    public static final String OUTCOME_REJECTED = "rejected";

    // --- task-local fields of the triage form (they end with the task) ---
    public static final String FORM_DECISION = "decision";
    public static final String FORM_REJECT_REASON = "rejectReason";
    public static final String FORM_REJECT_NOTE = "rejectNote";

    // --- the routing table's inputs and outputs ---
    public static final String DMN_PLACE_KIND = "placeKind";
    public static final String DMN_UNIT_KIND = "unitKind";
    public static final String DMN_UNIT = "unit";
    public static final String DMN_PRIORITY = "priority";

    public static String category(VariableScope scope) {
        return (String) scope.getVariable(CATEGORY);
    }

    public static String priority(VariableScope scope) {
        return (String) scope.getVariable(PRIORITY);
    }

    public static String unitCode(VariableScope scope) {
        return (String) scope.getVariable(UNIT_CODE);
    }

    private ReportTriageProcess() {
    }
}
