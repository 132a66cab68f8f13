package vn.hcmc.feedback.adoption;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.hcmc.feedback.system.Refusal;

/** The published results of a campaign: the ranking and the commended units. Nothing before publication. */
@RestController
class CampaignPublicController {

    private final CampaignViews views;

    CampaignPublicController(CampaignViews views) {
        this.views = views;
    }

    @GetMapping("/api/campaigns/{id}")
    CampaignViews.Published campaign(@PathVariable Long id) {
        return views.published(id).orElseThrow(() -> Refusal.notFound("campaign-not-found",
                "There are no published results of campaign " + id + "."));
    }
}
