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
    REJECTED;

    /** A report still being worked on, that a new report can duplicate. */
    public boolean isOpen() {
        return this == RECEIVED || this == TRIAGE || this == ASSIGNED;
    }
}
