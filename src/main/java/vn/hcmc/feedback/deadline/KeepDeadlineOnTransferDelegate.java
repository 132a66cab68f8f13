package vn.hcmc.feedback.deadline;

import static vn.hcmc.feedback.report.process.ReportHandlingProcess.*;
import static vn.hcmc.feedback.report.process.ReportTriageProcess.category;
import static vn.hcmc.feedback.report.process.ReportTriageProcess.priority;
import static vn.hcmc.feedback.report.process.ReportTriageProcess.unitCode;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.deadline.SlaPolicy;
import vn.hcmc.feedback.report.process.ReportHandlingProcess;

/**
 * {@code ${keepDeadlineOnTransfer}}, after a transfer: the answer deadline stays (the citizen is still waiting);
 * the new unit gets its own acceptance deadline from {@code acceptStart} and its leaders become the level-1 group.
 */
@Component("keepDeadlineOnTransfer")
class KeepDeadlineOnTransferDelegate implements JavaDelegate {

    private final SlaPolicy policy;
    private final DeadlineSchedule schedule;

    KeepDeadlineOnTransferDelegate(SlaPolicy policy, DeadlineSchedule schedule) {
        this.policy = policy;
        this.schedule = schedule;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SlaPolicy.SlaDeadlines due = policy.deadlines(category(execution),
                priority(execution), unitCode(execution),
                schedule.instant(execution.getVariable(ACCEPT_START)));
        execution.setVariable(ReportHandlingProcess.ACCEPT_DUE_AT, schedule.format(due.acceptDueAt()));
        execution.setVariable(ReportHandlingProcess.ESCALATION_GROUP_1, due.escalationGroup1());
    }
}
