package vn.hcmc.feedback.survey;

/** Ids and variable names of {@code processes/survey-campaign.bpmn}. */
public final class SurveyProcess {

    public static final String PROCESS_ID = "survey-campaign";

    // variables: identifiers and routing decisions only
    public static final String SURVEY_ID = "surveyId";
    public static final String SURVEY_TITLE = "surveyTitle";
    public static final String OWNER_ID = "ownerId";
    public static final String APPROVER_GROUP = "approverGroup";
    public static final String OPENS_AT = "opensAt";
    public static final String CLOSES_AT = "closesAt";
    public static final String APPROVED = "approved";
    public static final String REVIEW_COMMENT = "reviewComment";
    /** Set by the review form or API; moved into the survey table at publication, then removed. */
    public static final String CONCLUSION = "conclusion";
    /** Local to one firing of the daily timer: the day (Ho Chi Minh City) the progress mail is for. */
    public static final String PROGRESS_DAY = "progressDay";

    // messages
    public static final String MESSAGE_CLOSING_EXTENDED = "SurveyClosingExtended";
    public static final String MESSAGE_CLOSED_EARLY = "SurveyClosedEarly";

    // flow nodes
    public static final String TASK_APPROVE = "Task_ApproveSurvey";
    public static final String TASK_RECORD_DECISION = "Task_RecordDecision";
    public static final String TASK_REVISE = "Task_ReviseSurvey";
    public static final String TASK_SCHEDULE = "Task_ScheduleSurvey";
    public static final String TIMER_OPENING = "Timer_Opening";
    public static final String TASK_OPEN = "Task_OpenSurvey";
    public static final String SUBPROCESS_WINDOW = "SubProcess_AnswerWindow";
    public static final String GATEWAY_AWAIT_CLOSING = "Gateway_AwaitClosing";
    public static final String TIMER_CLOSING = "Timer_Closing";
    public static final String MESSAGE_EXTENDED_EVENT = "Message_ClosingExtended";
    public static final String TIMER_DAILY_PROGRESS = "Timer_DailyProgress";
    public static final String TASK_MAIL_PROGRESS = "Task_MailProgress";
    public static final String BOUNDARY_CLOSE_EARLY = "BoundaryEvent_CloseEarly";
    public static final String TASK_CLOSE = "Task_CloseSurvey";
    public static final String TASK_AGGREGATE = "Task_AggregateResults";
    public static final String TASK_REVIEW_RESULTS = "Task_ReviewResults";
    public static final String TASK_PUBLISH = "Task_PublishResults";
    public static final String END_PUBLISHED = "EndEvent_ResultsPublished";

    public static String businessKey(long surveyId) {
        return "survey-" + surveyId;
    }

    private SurveyProcess() {
    }
}
