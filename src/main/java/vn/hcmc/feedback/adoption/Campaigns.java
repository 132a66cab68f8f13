package vn.hcmc.feedback.adoption;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcmc.feedback.system.Refusal;

/** Finds a campaign and its participating units; a missing one is a problem detail (404, or 400 for a unit). */
@Service
@Transactional(readOnly = true)
public class Campaigns {

    private final CampaignRepository campaigns;
    private final CampaignUnitRepository units;

    public Campaigns(CampaignRepository campaigns, CampaignUnitRepository units) {
        this.campaigns = campaigns;
        this.units = units;
    }

    public AdoptionCampaign campaign(Long id) {
        return campaigns.findById(id).orElseThrow(() -> Refusal.notFound("campaign-not-found",
                "There is no adoption campaign " + id + "."));
    }

    public Optional<AdoptionCampaign> findCampaign(Long id) {
        return campaigns.findById(id);
    }

    public List<String> unitCodes(Long campaignId) {
        return units(campaignId).stream().map(CampaignUnit::getUnitCode).toList();
    }

    public List<CampaignUnit> units(Long campaignId) {
        return units.findByCampaignIdOrderByUnitCode(campaignId);
    }

    public CampaignUnit unit(Long campaignId, String unitCode) {
        return units.findByCampaignIdAndUnitCode(campaignId, unitCode).orElseThrow(() -> Refusal.invalid(
                "unit-not-in-campaign", "Unit " + unitCode + " does not take part in campaign " + campaignId + "."));
    }
}
