package vn.hcmc.feedback.handling;

import static vn.hcmc.feedback.report.process.CitizenReportProcess.reportId;
import static vn.hcmc.feedback.report.process.ReportHandlingProcess.*;
import static vn.hcmc.feedback.report.process.ReportHandlingProcess.extensionWorkingDays;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.report.process.ReportHandlingProcess;

/** On completion of {@code Task_DecideExtension}: checks and records the leader's decision (extensionApproved). */
@Component("extensionDecision")
class ExtensionDecisionListener implements TaskListener {

    private final HandlingRules rules;
    private final ReportHandling handling;

    ExtensionDecisionListener(HandlingRules rules, ReportHandling handling) {
        this.rules = rules;
        this.handling = handling;
    }

    @Override
    public void notify(DelegateTask task) {
        HandlingRules.ExtensionDecision decision;
        try {
            decision = rules.checkExtensionDecision(task.getVariable(FIELD_APPROVED),
                    HandlingDecisionListener.string(task, FIELD_COMMENT));
        } catch (IllegalArgumentException e) {
            throw new ProcessEngineException(e.getMessage(), e);
        }
        task.getExecution().getProcessInstance().setVariable(EXTENSION_APPROVED, decision.approved());
        handling.extensionDecided(reportId(task),
                task.getAssignee() != null ? task.getAssignee() : HandlingDecisionListener.TASKLIST,
                decision.approved(), extensionWorkingDays(task),
                decision.comment());
    }
}
