package vn.hcmc.feedback.deadline;

import static vn.hcmc.feedback.report.process.ReportTriageProcess.category;
import static vn.hcmc.feedback.report.process.ReportTriageProcess.priority;
import static vn.hcmc.feedback.report.process.ReportTriageProcess.unitCode;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.report.ReportDueDates;
import vn.hcmc.feedback.report.process.CitizenReportProcess;
import vn.hcmc.feedback.report.process.ReportHandlingProcess;

/**
 * {@code camunda:delegateExpression="${applySlaPolicy}"}: evaluates the SLA policy for the report's category,
 * priority and unit and writes the concrete deadlines ({@link SlaVariables}). The start is {@code slaStart} if set
 * (give it {@code ${now()}} as an input parameter to use the engine clock), else {@code receivedAt}.
 */
@Component("applySlaPolicy")
public class ApplySlaPolicyDelegate implements JavaDelegate {

    private final SlaPolicy policy;
    private final Deadlines deadlines;
    private final ReportDueDates dueDates;

    public ApplySlaPolicyDelegate(SlaPolicy policy, Deadlines deadlines, ReportDueDates dueDates) {
        this.policy = policy;
        this.deadlines = deadlines;
        this.dueDates = dueDates;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object start = execution.getVariable(ReportHandlingProcess.SLA_START);
        if (start == null) {
            start = execution.getVariable(ReportHandlingProcess.RECEIVED_AT);
        }
        if (start == null) {
            throw new IllegalStateException("applySlaPolicy needs the variable " + ReportHandlingProcess.SLA_START
                    + " or " + ReportHandlingProcess.RECEIVED_AT);
        }
        Instant from = deadlines.instant(start);
        SlaPolicy.SlaDeadlines due = policy.deadlines(category(execution),
                priority(execution),
                unitCode(execution), from);
        execution.setVariable(ReportHandlingProcess.ACCEPT_DUE_AT, deadlines.format(due.acceptDueAt()));
        execution.setVariable(ReportHandlingProcess.ANSWER_DUE_AT, deadlines.format(due.answerDueAt()));
        execution.setVariable(ReportHandlingProcess.REMINDER_AT, deadlines.format(due.reminderAt()));
        execution.setVariable(ReportHandlingProcess.ANSWER_DEADLINE, due.rule().answerDeadline());
        execution.setVariable(ReportHandlingProcess.ESCALATION_GROUP_1, due.escalationGroup1());
        execution.setVariable(ReportHandlingProcess.ESCALATION_GROUP_2, due.escalationGroup2());
        execution.setVariable(ReportHandlingProcess.OVERDUE, false);
        if (execution.getVariable(CitizenReportProcess.REPORT_ID) instanceof Number reportId) {
            dueDates.scheduled(reportId.longValue(), due.acceptDueAt(), due.answerDueAt());
        }
    }
}
