package vn.hcmc.feedback.report.process;

import static vn.hcmc.feedback.report.process.CitizenReportProcess.reportId;
import static vn.hcmc.feedback.report.process.ReportTriageProcess.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.report.TriageDesk;
import vn.hcmc.feedback.security.Actor;
import vn.hcmc.feedback.system.Refusal;

/**
 * On completion of {@code Task_TriageReport}: reads the officer's form (task-local fields, which end with the
 * task, so the note never becomes a process variable), records the decision on the report and sets category,
 * priority, unitCode and triage = MANUAL on the process. An incomplete form refuses the completion.
 */
@Component("triageDecision")
class TriageDecisionListener implements TaskListener {

    private final TriageDesk desk;
    private final IdentityService identityService;

    TriageDecisionListener(TriageDesk desk, IdentityService identityService) {
        this.desk = desk;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution process = task.getExecution().getProcessInstance();
        TriageDesk.Result result;
        try {
            result = desk.decide(reportId(task), new TriageDesk.Decision(
                    string(task, FORM_DECISION), string(task, CATEGORY), string(task, PRIORITY),
                    string(task, UNIT_CODE), string(task, FORM_REJECT_REASON), string(task, FORM_REJECT_NOTE)),
                    Actor.current(identityService));
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("invalid-triage-decision", e.getMessage());
        }
        process.setVariable(TRIAGE, TRIAGE_MANUAL);
        if (result.rejected()) {
            return;
        }
        process.setVariable(CATEGORY, result.category());
        if (result.priority() != null) {
            process.setVariable(PRIORITY, result.priority().name());
        }
        if (result.unitCode() != null) {
            process.setVariable(UNIT_CODE, result.unitCode());
        } else {
            process.removeVariable(UNIT_CODE);
        }
    }

    private static String string(DelegateTask task, String name) {
        Object value = task.getVariable(name);
        return value == null ? null : value.toString();
    }
}
