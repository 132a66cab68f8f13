package vn.hcmc.feedback.adoption;

import static vn.hcmc.feedback.adoption.AdoptionProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A period ended before the unit reported: counts it, and escalates at the second miss in a row. */
@Component("recordMissedPeriod")
public class RecordMissedPeriod implements JavaDelegate {

    private final CampaignService campaigns;

    public RecordMissedPeriod(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int inRow = campaigns.recordMissedPeriod((Long) execution.getVariable(CAMPAIGN_ID),
                (String) execution.getVariable(UNIT_CODE));
        execution.setVariable(ESCALATE_FLAG, inRow == CampaignService.ESCALATE_AFTER_MISSED);
    }
}
