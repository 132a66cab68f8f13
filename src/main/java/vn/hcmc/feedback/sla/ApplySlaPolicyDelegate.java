package vn.hcmc.feedback.sla;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code camunda:delegateExpression="${applySlaPolicy}"}: evaluates the SLA policy for the report's category,
 * priority and unit and writes the concrete deadlines ({@link SlaVariables}). The start is {@code slaStart} if set
 * (give it {@code ${now()}} as an input parameter to use the engine clock), else {@code receivedAt}.
 */
@Component("applySlaPolicy")
public class ApplySlaPolicyDelegate implements JavaDelegate {

    private final SlaPolicy policy;
    private final Deadlines deadlines;

    public ApplySlaPolicyDelegate(SlaPolicy policy, Deadlines deadlines) {
        this.policy = policy;
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object start = execution.getVariable(SlaVariables.SLA_START);
        if (start == null) {
            start = execution.getVariable(SlaVariables.RECEIVED_AT);
        }
        if (start == null) {
            throw new IllegalStateException("applySlaPolicy needs the variable " + SlaVariables.SLA_START + " or "
                    + SlaVariables.RECEIVED_AT);
        }
        Instant from = deadlines.instant(start);
        SlaPolicy.SlaDeadlines due = policy.deadlines((String) execution.getVariable(SlaVariables.CATEGORY),
                (String) execution.getVariable(SlaVariables.PRIORITY),
                (String) execution.getVariable(SlaVariables.UNIT_CODE), from);
        execution.setVariable(SlaVariables.ACCEPT_DUE_AT, deadlines.format(due.acceptDueAt()));
        execution.setVariable(SlaVariables.ANSWER_DUE_AT, deadlines.format(due.answerDueAt()));
        execution.setVariable(SlaVariables.REMINDER_AT, deadlines.format(due.reminderAt()));
        execution.setVariable(SlaVariables.ANSWER_DEADLINE, due.rule().answerDeadline());
        execution.setVariable(SlaVariables.ESCALATION_GROUP_1, due.escalationGroup1());
        execution.setVariable(SlaVariables.ESCALATION_GROUP_2, due.escalationGroup2());
        execution.setVariable(SlaVariables.OVERDUE, false);
    }
}
