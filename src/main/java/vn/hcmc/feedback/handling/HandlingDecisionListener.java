package vn.hcmc.feedback.handling;

import static vn.hcmc.feedback.report.process.CitizenReportProcess.reportId;
import static vn.hcmc.feedback.report.process.ReportHandlingProcess.*;
import static vn.hcmc.feedback.report.process.ReportTriageProcess.UNIT_CODE;
import static vn.hcmc.feedback.report.process.ReportTriageProcess.unitCode;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completion of {@code Task_HandleReport}, from Tasklist or the staff API alike: {@link HandlingDecisions}
 * checks and records the unit's choice (a refusal keeps the task open), and this listener sets the process
 * variables the gateway and the next steps read: handlingAction, informationQuestion, unitCode and transfers,
 * extensionWorkingDays.
 */
@Component("handlingDecision")
class HandlingDecisionListener implements TaskListener {

    static final String TASKLIST = "tasklist";

    private final HandlingDecisions decisions;

    HandlingDecisionListener(HandlingDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void notify(DelegateTask task) {
        String official = task.getAssignee() != null ? task.getAssignee() : TASKLIST;
        HandlingDecisions.Recorded recorded = decisions.handle(reportId(task), unitCode(task), official,
                task.getVariables());
        HandlingRules.Decision decision = recorded.decision();
        DelegateExecution process = task.getExecution().getProcessInstance();
        process.setVariable(HANDLING_ACTION, decision.action());
        switch (decision.action()) {
            case HandlingRules.INFORMATION -> process.setVariable(INFORMATION_QUESTION, decision.question());
            case HandlingRules.TRANSFER -> {
                process.setVariable(TRANSFERS, recorded.transfers());
                process.setVariable(UNIT_CODE, decision.unitCode());
            }
            case HandlingRules.EXTENSION -> process.setVariable(EXTENSION_WORKING_DAYS, decision.workingDays());
            default -> {
            }
        }
    }
}
