package vn.hcmc.feedback.report;

/** Where a report stands; the column follows the process. Later steps (answer, publication) add values. */
public enum ReportStatus {
    /** Stored, automatic triage not yet done. */
    RECEIVED,
    /** Waiting for a person at the triage desk. */
    TRIAGE,
    /** Routed to the unit that must handle it. */
    ASSIGNED,
    /** Another open report describes the same problem; this one follows it. */
    DUPLICATE,
    /** Rejected by the triage desk with a reason the citizen reads. */
    REJECTED,
    /** The unit asked the citizen for information; the deadline clock is paused. */
    AWAITING_INFORMATION,
    /** The unit proposed an answer; a leader of the unit approves it or returns it. */
    ANSWER_IN_APPROVAL,
    /** The answer is approved and published; the citizen may rate it. */
    ANSWERED,
    /** A low rating sent the report back to the unit. */
    REOPENED,
    /** Finished: rated, unrated after the rating window, closed by review, or no information received. */
    CLOSED;

    /** A report still being worked on, that a new report can duplicate. */
    public boolean isOpen() {
        return OPEN.contains(this);
    }

    /** The statuses of reports still being worked on. */
    public static final java.util.Set<ReportStatus> OPEN = java.util.Collections.unmodifiableSet(
            java.util.EnumSet.of(RECEIVED, TRIAGE, ASSIGNED, AWAITING_INFORMATION, ANSWER_IN_APPROVAL, REOPENED));
}
