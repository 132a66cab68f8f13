package vn.hcmc.feedback.adoption;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.directory.UnitDirectory;

/**
 * On creation of a unit's campaign task: its unit by name, in Vietnamese and English, as the task-local variable
 * {@code caseUnit} that the form shows instead of the code, and in the task's name, so the list tells units apart.
 */
@Component("unitNameOnTask")
class UnitNameOnTask implements TaskListener {

    static final String CASE_UNIT = "caseUnit";

    private final UnitDirectory directory;

    UnitNameOnTask(UnitDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void notify(DelegateTask task) {
        Object unitCode = task.getVariable(AdoptionProcess.UNIT_CODE);
        if (unitCode == null) {
            return;
        }
        directory.unit(unitCode.toString()).ifPresent(unit -> {
            task.setVariableLocal(CASE_UNIT, unit.nameVi() + " / " + unit.nameEn());
            task.setName(task.getName() + " · " + unit.nameVi());
        });
    }
}
