package vn.hcmc.feedback.deadline;

import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import vn.hcmc.feedback.directory.Unit;

/**
 * The SLA policy ({@code processes/sla-policy.dmn}, decision {@code sla-policy}) evaluated through the public
 * {@link DecisionService}, combined with the {@link WorkingCalendar} into concrete instants.
 */
@Service
public class SlaPolicy {

    public static final String DECISION_KEY = "sla-policy";
    /** Value of escalationLevel1 meaning "the leaders group of the report's unit". */
    public static final String UNIT_LEADERS = "unit-leaders";

    private final DecisionService decisionService;
    private final IdentityService identityService;
    private final DeadlineSchedule schedule;

    public SlaPolicy(DecisionService decisionService, IdentityService identityService, DeadlineSchedule schedule) {
        this.decisionService = decisionService;
        this.identityService = identityService;
        this.schedule = schedule;
    }

    /** The policy row for a category and priority (the latest deployed version of the table). */
    public Rule rule(String category, String priority) {
        VariableMap inputs = Variables.createVariables()
                .putValue("category", category)
                .putValue("priority", priority);
        DmnDecisionResult result = asSystem(
                () -> decisionService.evaluateDecisionByKey(DECISION_KEY).variables(inputs).evaluate());
        if (result.isEmpty()) {
            throw new IllegalStateException("Decision " + DECISION_KEY + " has no rule for category " + category
                    + " and priority " + priority);
        }
        return Rule.of(result.getFirstResult().getEntryMap());
    }

    /** Deadlines of a report received at {@code receivedAt} and routed to {@code unitCode}. */
    public SlaDeadlines deadlines(String category, String priority, String unitCode, Instant receivedAt) {
        return deadlines(rule(category, priority), unitCode, receivedAt);
    }

    /**
     * Deadlines from an already evaluated rule (e.g. after a reopen, counted from the reopening): the one formula,
     * {@link DeadlineSchedule#compute}, with nothing paused or extended yet.
     */
    public SlaDeadlines deadlines(Rule rule, String unitCode, Instant receivedAt) {
        DeadlineSchedule.Schedule due = schedule.compute(new DeadlineSchedule.Basis(rule, receivedAt, receivedAt, 0, 0));
        return new SlaDeadlines(due.acceptDueAt(), due.answerDueAt(), due.reminderAt(),
                escalationGroup(rule.escalationLevel1(), unitCode), escalationGroup(rule.escalationLevel2(), unitCode),
                rule);
    }

    /**
     * The policy is configuration, not a user's action: evaluate it without the caller's authentication (an official
     * completing a task may be authenticated and lack permission on decision definitions), then restore it.
     */
    private <T> T asSystem(Supplier<T> action) {
        Authentication caller = identityService.getCurrentAuthentication();
        if (caller == null) {
            return action.get();
        }
        identityService.clearAuthentication();
        try {
            return action.get();
        } finally {
            identityService.setAuthentication(caller);
        }
    }

    static String escalationGroup(String value, String unitCode) {
        if (UNIT_LEADERS.equals(value)) {
            if (unitCode == null || unitCode.isBlank()) {
                throw new IllegalArgumentException("Escalation to the unit's leaders needs a unit code");
            }
            return Unit.leadersGroupOf(unitCode);
        }
        return value;
    }

    /** One row of the policy: durations in working time (PnD working days, PTnH working hours). */
    public record Rule(String acceptDeadline, String answerDeadline, double reminderFraction,
                       String escalationLevel1, String escalationLevel2) {

        static Rule of(Map<String, Object> outputs) {
            Object fraction = outputs.get("reminderFraction");
            return new Rule((String) outputs.get("acceptDeadline"), (String) outputs.get("answerDeadline"),
                    fraction == null ? 0.75 : ((Number) fraction).doubleValue(),
                    (String) outputs.get("escalationLevel1"), (String) outputs.get("escalationLevel2"));
        }
    }

    /**
     * Concrete deadlines: {@code escalationGroup1} is already the unit's leaders group ({@code unit-<code>-leaders}),
     * {@code escalationGroup2} a city group such as {@code city-inspectorate}.
     */
    public record SlaDeadlines(Instant acceptDueAt, Instant answerDueAt, Instant reminderAt,
                               String escalationGroup1, String escalationGroup2, Rule rule) {
    }
}
