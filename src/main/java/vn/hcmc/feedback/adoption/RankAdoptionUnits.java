package vn.hcmc.feedback.adoption;

import static vn.hcmc.feedback.adoption.AdoptionProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** At the deadline: freezes the ranking and opens the proposal step. */
@Component("rankAdoptionUnits")
public class RankAdoptionUnits implements JavaDelegate {

    private final CampaignRanking ranking;

    public RankAdoptionUnits(CampaignRanking ranking) {
        this.ranking = ranking;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ranking.freezeRanking((Long) execution.getVariable(CAMPAIGN_ID));
    }
}
