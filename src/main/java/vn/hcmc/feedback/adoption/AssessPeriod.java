package vn.hcmc.feedback.adoption;

import static vn.hcmc.feedback.adoption.AdoptionProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * At a period's end: a unit that did not report or is below target gets a reminder, unless the campaign is over
 * (the last period ends at the deadline, where the ranking takes over).
 */
@Component("assessPeriod")
public class AssessPeriod implements JavaDelegate {

    private final ProgressReports reports;

    public AssessPeriod(ProgressReports reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long campaignId = (Long) execution.getVariable(CAMPAIGN_ID);
        String unitCode = (String) execution.getVariable(UNIT_CODE);
        int periodNo = ((Number) execution.getVariable(PERIOD_NO)).intValue();
        boolean lastPeriod = Boolean.TRUE.equals(execution.getVariable(FINAL_PERIOD));
        boolean behind = !reports.hasReported(campaignId, unitCode, periodNo)
                || reports.isBelowTarget(campaignId, unitCode);
        execution.setVariable(NEEDS_REMINDER, !lastPeriod && behind);
    }
}
