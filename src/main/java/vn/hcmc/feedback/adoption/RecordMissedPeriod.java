package vn.hcmc.feedback.adoption;

import static vn.hcmc.feedback.adoption.AdoptionProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A period ended before the unit reported: counts it, and escalates at the second miss in a row. */
@Component("recordMissedPeriod")
public class RecordMissedPeriod implements JavaDelegate {

    private final MissedPeriods missedPeriods;

    public RecordMissedPeriod(MissedPeriods missedPeriods) {
        this.missedPeriods = missedPeriods;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int inRow = missedPeriods.recordMissedPeriod((Long) execution.getVariable(CAMPAIGN_ID),
                (String) execution.getVariable(UNIT_CODE));
        execution.setVariable(ESCALATE_FLAG, inRow == MissedPeriods.ESCALATE_AFTER_MISSED);
    }
}
