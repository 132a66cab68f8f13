package vn.hcmc.feedback.adoption;

import static vn.hcmc.feedback.adoption.AdoptionProcess.*;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Opens a unit's next reporting period: its number and end (never after the deadline). A period that is already
 * over when the unit gets to it (the job ran late) is skipped, so a task is never opened for the past.
 */
@Component("openReportingPeriod")
public class OpenReportingPeriod implements JavaDelegate {

    private final Campaigns campaigns;
    private final Clock clock;

    public OpenReportingPeriod(Campaigns campaigns, Clock clock) {
        this.campaigns = campaigns;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AdoptionCampaign campaign = campaigns.campaign((Long) execution.getVariable(CAMPAIGN_ID));
        Object previous = execution.getVariable(PERIOD_NO);
        int periodNo = Math.min(campaign.lastPeriod(),
                Math.max((previous instanceof Number n ? n.intValue() : 0) + 1, campaign.periodAt(clock.instant())));
        Instant end = campaign.periodEnd(periodNo);
        execution.setVariable(PERIOD_NO, periodNo);
        execution.setVariable(PERIOD_END, Date.from(end));
        execution.setVariable(FINAL_PERIOD, periodNo >= campaign.lastPeriod());
    }
}
