package vn.hcmc.feedback.adoption;

import static vn.hcmc.feedback.adoption.AdoptionProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Publishes the ranking and the approved commendations. */
@Component("publishAdoptionResults")
public class PublishAdoptionResults implements JavaDelegate {

    private final CampaignPublication publication;

    public PublishAdoptionResults(CampaignPublication publication) {
        this.publication = publication;
    }

    @Override
    public void execute(DelegateExecution execution) {
        publication.publish((Long) execution.getVariable(CAMPAIGN_ID));
    }
}
