package vn.hcmc.feedback.handling;

import static vn.hcmc.feedback.report.process.CitizenReportProcess.reportId;
import static vn.hcmc.feedback.report.process.ReportHandlingProcess.*;
import static vn.hcmc.feedback.report.process.ReportHandlingProcess.extensionWorkingDays;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.report.process.ReportHandlingProcess;

/** On completion of {@code Task_DecideExtension}: checks and records the leader's decision (extensionApproved). */
@Component("extensionDecision")
class ExtensionDecisionListener implements TaskListener {

    private final HandlingDecisions decisions;

    ExtensionDecisionListener(HandlingDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void notify(DelegateTask task) {
        HandlingRules.ExtensionDecision decision = decisions.decideExtension(reportId(task),
                task.getAssignee() != null ? task.getAssignee() : HandlingDecisionListener.TASKLIST,
                task.getVariables());
        task.getExecution().getProcessInstance().setVariable(EXTENSION_APPROVED, decision.approved());
    }
}
