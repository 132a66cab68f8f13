package vn.hcmc.feedback.adoption;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.hcmc.feedback.system.Refusal;

/** The published results of a campaign: the ranking and the commended units. Nothing before publication. */
@RestController
class CampaignPublicController {

    private final CampaignViews views;
    private final CampaignRepository campaigns;

    CampaignPublicController(CampaignViews views, CampaignRepository campaigns) {
        this.views = views;
        this.campaigns = campaigns;
    }

    /** A campaign in the public list: what it was, when it ended and when its results were published. */
    record Summary(Long id, String name, String description, java.time.Instant deadline,
                   java.time.Instant publishedAt) {
    }

    /** The campaigns whose ranking and commendations are published, newest first. */
    @GetMapping("/api/campaigns")
    java.util.List<Summary> published() {
        return campaigns.findByStatusOrderByPublishedAtDesc(AdoptionCampaign.Status.PUBLISHED).stream()
                .map(c -> new Summary(c.getId(), c.getName(), c.getDescription(), c.getDeadline(),
                        c.getPublishedAt())).toList();
    }

    @GetMapping("/api/campaigns/{id}")
    CampaignViews.Published campaign(@PathVariable Long id) {
        return views.published(id).orElseThrow(() -> Refusal.notFound("campaign-not-found",
                "There are no published results of campaign " + id + "."));
    }
}
