package vn.hcmc.feedback.report.process;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Ids and variables of {@code processes/citizen-report.bpmn}, the top-level model of a report's life: triage
 * ({@link ReportTriageProcess}), handling ({@link ReportHandlingProcess}), publication, rating
 * ({@link ReportRatingProcess}) and closing. Every id named in code is checked against the model by
 * {@code ProcessVocabularyTest}.
 */
public final class CitizenReportProcess {

    public static final String PROCESS_ID = "citizen-report";

    // --- BPMN ids ---
    public static final String START = "StartEvent_ReportReceived";
    public static final String TASK_MAIL_RECEIPT = "ServiceTask_MailReceipt";
    public static final String CALL_TRIAGE = "CallActivity_Triage";
    public static final String GATEWAY_TRIAGE_OUTCOME = "Gateway_TriageOutcome";
    public static final String END_DUPLICATE = "EndEvent_Duplicate";
    public static final String END_REJECTED = "EndEvent_Rejected";
    public static final String CALL_HANDLING = "CallActivity_Handling";
    public static final String GATEWAY_HANDLING_OUTCOME = "Gateway_HandlingOutcome";
    public static final String TASK_CLOSE_NO_INFORMATION = "ServiceTask_CloseNoInformation";
    public static final String END_CLOSED_NO_INFORMATION = "EndEvent_ClosedNoInformation";
    public static final String TASK_PUBLISH_ANSWER = "ServiceTask_PublishAnswer";
    public static final String TASK_MAIL_ANSWER_PUBLISHED = "ServiceTask_MailAnswerPublished";
    public static final String CALL_RATING = "CallActivity_Rating";
    public static final String GATEWAY_RATING_OUTCOME = "Gateway_RatingOutcome";
    public static final String TASK_REOPEN_REPORT = "ServiceTask_ReopenReport";
    public static final String TASK_MAIL_REOPENED = "ServiceTask_MailReopened";
    public static final String TASK_CLOSE_REPORT = "ServiceTask_CloseReport";
    public static final String TASK_MAIL_CLOSED = "ServiceTask_MailClosed";
    public static final String END_CLOSED = "EndEvent_Closed";

    // --- variables: the instance is started with the first two; the business key is the tracking code ---
    public static final String REPORT_ID = "reportId";
    public static final String TRACKING_CODE = "trackingCode";
    /** Counts publications (1, 2, ...): the round of the answer-published, reopened and closed mails. */
    public static final String ANSWER_ROUND = "answerRound";
    /** The rating window as an ISO-8601 duration (from configuration), read by report-rating's timer. */
    public static final String RATING_WINDOW = "ratingWindow";

    public static long reportId(VariableScope scope) {
        return ((Number) scope.getVariable(REPORT_ID)).longValue();
    }

    public static String trackingCode(VariableScope scope) {
        return (String) scope.getVariable(TRACKING_CODE);
    }

    /** The current publication round, 1 before the first publication. */
    public static int answerRound(VariableScope scope) {
        Object round = scope.getVariable(ANSWER_ROUND);
        return round == null ? 1 : ((Number) round).intValue();
    }

    private CitizenReportProcess() {
    }
}
