package vn.hcmc.feedback.adoption;

import static vn.hcmc.feedback.adoption.AdoptionProcess.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.security.Actor;

/**
 * On completion of "Report progress" (from Tasklist or the staff API): stores the figures of the task's form as
 * the unit's report for the period. The figures are local to the task, so they leave the process with it; a
 * completion without valid figures is refused and the task stays open.
 */
@Component("recordProgressReport")
public class RecordProgressReport implements TaskListener {

    private final ProgressReports reports;
    private final IdentityService identityService;

    public RecordProgressReport(ProgressReports reports, IdentityService identityService) {
        this.reports = reports;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        ProgressFigures figures = new ProgressFigures(integer(task.getVariable(HEADCOUNT)),
                integer(task.getVariable(STAFF_INSTALLED)), longValue(task.getVariable(RESIDENTS_REACHED)),
                (String) task.getVariable(NOTE));
        reports.recordReport((Long) task.getVariable(CAMPAIGN_ID), (String) task.getVariable(UNIT_CODE),
                ((Number) task.getVariable(PERIOD_NO)).intValue(), figures, Actor.current(identityService));
    }

    private static Integer integer(Object value) {
        return value instanceof Number n ? Integer.valueOf(n.intValue()) : null;
    }

    private static Long longValue(Object value) {
        return value instanceof Number n ? Long.valueOf(n.longValue()) : null;
    }
}
