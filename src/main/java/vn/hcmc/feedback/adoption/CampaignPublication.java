package vn.hcmc.feedback.adoption;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Publishes a campaign's results once the leaders approved the commendations; publishing again changes nothing. */
@Service
@Transactional
public class CampaignPublication {

    private final CampaignRepository campaigns;
    private final Clock clock;

    public CampaignPublication(CampaignRepository campaigns, Clock clock) {
        this.campaigns = campaigns;
        this.clock = clock;
    }

    public void publish(Long campaignId) {
        AdoptionCampaign campaign = campaigns.lockById(campaignId).orElseThrow();
        if (campaign.getStatus() != AdoptionCampaign.Status.PUBLISHED) {
            campaign.published(clock.instant());
        }
    }
}
