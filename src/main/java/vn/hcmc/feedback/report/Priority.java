package vn.hcmc.feedback.report;

/** How fast a report must be handled. URGENT: danger to life, health or property. */
public enum Priority {
    URGENT, HIGH, NORMAL, LOW
}
