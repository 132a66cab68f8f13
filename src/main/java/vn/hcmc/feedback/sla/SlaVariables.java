package vn.hcmc.feedback.sla;

/**
 * Process variables read and written by {@link ApplySlaPolicyDelegate} (identifiers and instants only). Instants are
 * ISO-8601 strings with offset, e.g. {@code 2026-03-03T17:00:00+07:00}.
 */
public final class SlaVariables {

    /** In: category code, priority (URGENT, HIGH, NORMAL, LOW) and unit code, as set by routing. */
    public static final String CATEGORY = "category";
    public static final String PRIORITY = "priority";
    public static final String UNIT_CODE = "unitCode";
    /** In: when the clock starts (e.g. {@code ${now()}} as an input parameter); else {@link #RECEIVED_AT}. */
    public static final String SLA_START = "slaStart";
    public static final String RECEIVED_AT = "receivedAt";

    /** Out: concrete deadlines. */
    public static final String ACCEPT_DUE_AT = "acceptDueAt";
    public static final String ANSWER_DUE_AT = "answerDueAt";
    public static final String REMINDER_AT = "reminderAt";
    /** Out: the policy's answer time (e.g. P7D), to bound an extension. */
    public static final String ANSWER_DEADLINE = "answerDeadline";
    /** Out: candidate groups of the level-1 and level-2 escalation tasks. */
    public static final String ESCALATION_GROUP_1 = "escalationGroup1";
    public static final String ESCALATION_GROUP_2 = "escalationGroup2";
    /** Out: false until the answer deadline passes. */
    public static final String OVERDUE = "overdue";

    private SlaVariables() {
    }
}
