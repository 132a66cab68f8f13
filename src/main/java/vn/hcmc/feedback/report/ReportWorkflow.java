package vn.hcmc.feedback.report;

/**
 * Starts a report's process. Implemented next to the process model; called inside the transaction that stores
 * the report, so that both are committed or neither. Fails with an {@link vn.hcmc.feedback.system.Refusal}
 * (503) when the engine refuses.
 */
public interface ReportWorkflow {

    /** Starts the process of the report just inserted (its tracking code is the business key). */
    void start(long reportId, String trackingCode);
}
