package vn.hcmc.feedback.adoption;

/** Ids and variable names of {@code processes/adoption-campaign.bpmn}. */
public final class AdoptionProcess {

    public static final String PROCESS_ID = "adoption-campaign";
    public static final String BUSINESS_KEY_PREFIX = "campaign-";

    // activities and events
    public static final String START = "StartEvent_CampaignCreated";
    public static final String UNIT_REPORTING = "SubProcess_UnitReporting";
    public static final String OPEN_PERIOD = "Task_OpenPeriod";
    public static final String REPORT_PROGRESS = "Task_ReportProgress";
    public static final String TIMER_PERIOD_END = "Timer_PeriodEnd";
    public static final String WAIT_PERIOD_END = "Event_PeriodEnd";
    public static final String RECORD_MISSED = "Task_RecordMissedPeriod";
    public static final String ESCALATE = "Task_EscalateToOwner";
    public static final String ASSESS_PERIOD = "Task_AssessPeriod";
    public static final String SEND_REMINDER = "Task_SendReminder";
    public static final String UNIT_DONE = "EndEvent_UnitDone";
    public static final String RANK_UNITS = "Task_RankUnits";
    public static final String PROPOSE = "Task_ProposeCommendations";
    public static final String APPROVE = "Task_ApproveCommendations";
    public static final String PUBLISH = "Task_PublishResults";
    public static final String PUBLISHED = "EndEvent_Published";

    // forms
    public static final String FORM_REPORT = "adoption-report-progress";
    public static final String FORM_PROPOSE = "adoption-propose-commendations";
    public static final String FORM_APPROVE = "adoption-approve-commendations";

    // variables: the process
    public static final String CAMPAIGN_ID = "campaignId";
    public static final String APPROVED = "approved";
    // variables: one unit's reporting (local to its instance of the sub-process)
    public static final String UNIT_CODE = "unitCode";
    public static final String PERIOD_NO = "periodNo";
    public static final String PERIOD_END = "periodEnd";
    public static final String FINAL_PERIOD = "finalPeriod";
    public static final String ESCALATE_FLAG = "escalate";
    public static final String NEEDS_REMINDER = "needsReminder";
    // variables: task forms (local to their task)
    public static final String HEADCOUNT = "headcount";
    public static final String STAFF_INSTALLED = "staffInstalled";
    public static final String RESIDENTS_REACHED = "residentsReached";
    public static final String NOTE = "note";
    public static final String UNIT_CODES = "unitCodes";
    public static final String COMMENT = "comment";

    public static String businessKey(Long campaignId) {
        return BUSINESS_KEY_PREFIX + campaignId;
    }

    private AdoptionProcess() {
    }
}
