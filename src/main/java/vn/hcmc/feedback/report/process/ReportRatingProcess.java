package vn.hcmc.feedback.report.process;

/**
 * Ids and variables of {@code processes/report-rating.bpmn}: the citizen's rating of a published answer. Called by
 * citizen-report; ends with {@link #RATING_OUTCOME} (null when the window passed unrated: the report closes).
 */
public final class ReportRatingProcess {

    public static final String PROCESS_ID = "report-rating";

    // --- BPMN ids ---
    public static final String START = "StartEvent_AnswerPublished";
    public static final String GATEWAY_AWAIT_RATING = "Gateway_AwaitRating";
    public static final String EVENT_REPORT_RATED = "Event_ReportRated";
    public static final String TIMER_RATING_WINDOW = "Timer_RatingWindow";
    public static final String TASK_EVALUATE_RATING = "ServiceTask_EvaluateRating";
    public static final String GATEWAY_RATING_OUTCOME = "Gateway_RatingOutcome";
    public static final String TASK_REVIEW_RATING = "Task_ReviewRating";
    public static final String GATEWAY_REVIEW_DECISION = "Gateway_ReviewDecision";
    public static final String END_TO_REOPEN = "EndEvent_ToReopen";
    public static final String END_TO_CLOSE = "EndEvent_ToClose";
    public static final String END_SATISFIED = "EndEvent_Satisfied";
    public static final String END_UNRATED = "EndEvent_Unrated";
    public static final String FORM_REVIEW_RATING = "review-rating";

    public static final String MESSAGE_REPORT_RATED = "ReportRated";

    // --- variables ---
    /** The rating's score, set by the ReportRated message. */
    public static final String RATING_SCORE = "ratingScore";
    /** What the rating leads to: {@link #OUTCOME_REOPEN}, {@link #OUTCOME_REVIEW} or {@link #OUTCOME_CLOSE}. */
    public static final String RATING_OUTCOME = "ratingOutcome";
    public static final String OUTCOME_REOPEN = "reopen";
    public static final String OUTCOME_REVIEW = "review";
    public static final String OUTCOME_CLOSE = "close";

    // --- task-local fields of the review form ---
    /** {@link #REVIEW_CLOSE} or {@link #REVIEW_REOPEN}. */
    public static final String FIELD_REVIEW_DECISION = "reviewDecision";
    public static final String REVIEW_CLOSE = "close";
    public static final String REVIEW_REOPEN = "reopen";
    public static final String FIELD_COMMENT = "comment";

    private ReportRatingProcess() {
    }
}
