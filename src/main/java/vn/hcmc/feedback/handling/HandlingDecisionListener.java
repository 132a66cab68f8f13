package vn.hcmc.feedback.handling;

import static vn.hcmc.feedback.report.process.CitizenReportProcess.reportId;
import static vn.hcmc.feedback.report.process.ReportHandlingProcess.*;
import static vn.hcmc.feedback.report.process.ReportHandlingProcess.transfers;
import static vn.hcmc.feedback.report.process.ReportTriageProcess.UNIT_CODE;
import static vn.hcmc.feedback.report.process.ReportTriageProcess.category;
import static vn.hcmc.feedback.report.process.ReportTriageProcess.priority;
import static vn.hcmc.feedback.report.process.ReportTriageProcess.unitCode;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.report.process.ReportHandlingProcess;
import vn.hcmc.feedback.sla.SlaPolicy;

/**
 * On completion of {@code Task_HandleReport}: reads the unit's choice from the form (task-local fields), checks it
 * ({@link HandlingRules}; an incomplete or impossible choice refuses the completion), records it and sets the
 * process variables the gateway and the next steps read: handlingAction, informationQuestion, unitCode and
 * transfers, extensionWorkingDays.
 */
@Component("handlingDecision")
class HandlingDecisionListener implements TaskListener {

    static final String TASKLIST = "tasklist";

    private final HandlingRules rules;
    private final ReportHandling handling;
    private final SlaPolicy policy;
    private final DeadlineSchedule schedule;

    HandlingDecisionListener(HandlingRules rules, ReportHandling handling, SlaPolicy policy,
                             DeadlineSchedule schedule) {
        this.rules = rules;
        this.handling = handling;
        this.policy = policy;
        this.schedule = schedule;
    }

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution process = task.getExecution().getProcessInstance();
        String unit = unitCode(task);
        HandlingRules.Decision decision;
        try {
            decision = rules.check(string(task, FIELD_ACTION), string(task, FIELD_QUESTION),
                    string(task, FIELD_TRANSFER_UNIT), string(task, FIELD_REASON), task.getVariable(FIELD_WORKING_DAYS),
                    unit);
            if (HandlingRules.EXTENSION.equals(decision.action())) {
                schedule.extendedDeadline(policy.rule(category(task),
                                priority(task)),
                        schedule.instant(task.getVariable(ReportHandlingProcess.ANSWER_DUE_AT)),
                        DeadlineTimers.extensionsGranted(task.getVariables()), decision.workingDays());
            }
        } catch (IllegalArgumentException e) {
            throw new ProcessEngineException(e.getMessage(), e);
        }
        long reportId = reportId(task);
        String official = task.getAssignee() != null ? task.getAssignee() : TASKLIST;
        process.setVariable(HANDLING_ACTION, decision.action());
        switch (decision.action()) {
            case HandlingRules.ANSWER -> {
                // the answer feature (recordAnswerProposal or the staff API) stored the version, moved the report
                // to ANSWER_IN_APPROVAL and recorded answer-proposed
            }
            case HandlingRules.INFORMATION -> {
                process.setVariable(INFORMATION_QUESTION, decision.question());
                handling.informationRequested(reportId, official, decision.question());
            }
            case HandlingRules.TRANSFER -> {
                int transfers = transfers(task) + 1;
                process.setVariable(TRANSFERS, transfers);
                process.setVariable(UNIT_CODE, decision.unitCode());
                handling.transferred(reportId, official, unit, decision.unitCode(), decision.reason(),
                        transfers >= 3);
            }
            case HandlingRules.EXTENSION -> {
                process.setVariable(EXTENSION_WORKING_DAYS, decision.workingDays());
                handling.extensionRequested(reportId, official, decision.workingDays(), decision.reason());
            }
            default -> throw new IllegalStateException(decision.action());
        }
    }

    static String string(DelegateTask task, String name) {
        Object value = task.getVariable(name);
        return value == null ? null : value.toString();
    }
}
