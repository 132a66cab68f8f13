package vn.hcmc.feedback.survey;

/** Where a survey is in its life. */
public enum SurveyStatus {
    /** Submitted, waiting for the approver's decision. */
    AWAITING_APPROVAL,
    /** Returned by the approver; the owner revises it. */
    IN_REVISION,
    /** Approved, waiting for its opening instant. */
    SCHEDULED,
    /** Citizens may answer. */
    OPEN,
    /** Closed; results aggregated (or being aggregated) and under the owner's review. */
    CLOSED,
    /** Results published. */
    PUBLISHED;

    /** The design may still change. */
    public boolean isEditable() {
        return this == AWAITING_APPROVAL || this == IN_REVISION;
    }
}
