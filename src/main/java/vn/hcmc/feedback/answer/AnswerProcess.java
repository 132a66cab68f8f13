package vn.hcmc.feedback.answer;

/** Ids, variables and messages of the answer half of {@code processes/citizen-report.bpmn}. */
public final class AnswerProcess {

    // --- the handling task's choice (the handling half branches on it) ---
    public static final String HANDLING_ACTION = "handlingAction";
    public static final String ACTION_ANSWER = "answer";

    // --- tasks ---
    public static final String TASK_HANDLE_REPORT = "Task_HandleReport";
    public static final String TASK_APPROVE_ANSWER = "Task_ApproveAnswer";
    public static final String TASK_REVIEW_RATING = "Task_ReviewRating";
    public static final String FORM_APPROVE_ANSWER = "approve-answer";
    public static final String FORM_REVIEW_RATING = "review-rating";

    // --- task-local form fields ---
    /** Approve answer: true publishes, false returns the answer to the unit (comment required). */
    public static final String APPROVED = "approved";
    public static final String COMMENT = "comment";
    /** Review rating: "close" or "reopen". */
    public static final String REVIEW_DECISION = "reviewDecision";
    public static final String REVIEW_CLOSE = "close";
    public static final String REVIEW_REOPEN = "reopen";

    // --- process variables ---
    /** Result of the last approval task. */
    public static final String ANSWER_APPROVED = "answerApproved";
    /** The rating's score, set by the ReportRated message. */
    public static final String RATING_SCORE = "ratingScore";
    /** "reopen", "review" or "close": what the rating leads to. */
    public static final String RATING_OUTCOME = "ratingOutcome";
    /** Counts publications (1, 2, ...): the round of the answer-published, reopened and closed mails. */
    public static final String ANSWER_ROUND = "answerRound";
    /** The rating window as an ISO-8601 duration (from configuration). */
    public static final String RATING_WINDOW = "ratingWindow";

    public static final String OUTCOME_REOPEN = "reopen";
    public static final String OUTCOME_REVIEW = "review";
    public static final String OUTCOME_CLOSE = "close";

    // --- messages ---
    public static final String MESSAGE_REPORT_RATED = "ReportRated";

    private AnswerProcess() {
    }
}
