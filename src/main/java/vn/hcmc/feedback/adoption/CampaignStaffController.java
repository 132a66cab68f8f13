package vn.hcmc.feedback.adoption;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hcmc.feedback.directory.CityGroups;
import vn.hcmc.feedback.security.Officials;

/**
 * Staff API of adoption campaigns. It mirrors the Tasklist forms: creating a campaign (campaign owners), a unit's
 * progress report (that unit's leaders), the commendation proposal (campaign owners) and the decision (city
 * leaders); and reading progress, ranking and CSV exports (campaign owners, city leaders, managers).
 */
@RestController
@RequestMapping("/api/staff/campaigns")
class CampaignStaffController {

    record ProgressReportRequest(@NotBlank @Size(max = 100) String unitCode, @NotNull Integer headcount,
                         @NotNull Integer staffInstalled, @NotNull Long residentsReached,
                         @Size(max = 1000) String note) {
    }

    record ProposalRequest(@NotNull @Size(min = 1, max = 200) List<String> unitCodes) {
    }

    record ApprovalRequest(@NotNull Boolean approved, @Size(max = 2000) String comment) {
    }

    private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final CampaignCommands commands;
    private final CampaignViews views;
    private final Campaigns campaigns;
    private final Officials officials;

    CampaignStaffController(CampaignCommands commands, CampaignViews views, Campaigns campaigns,
                            Officials officials) {
        this.commands = commands;
        this.views = views;
        this.campaigns = campaigns;
        this.officials = officials;
    }

    @PostMapping
    ResponseEntity<CampaignViews.Campaign> create(@Valid @RequestBody NewCampaign request) {
        AdoptionCampaign campaign = commands.create(request);
        return ResponseEntity.created(URI.create("/api/staff/campaigns/" + campaign.getId()))
                .body(views.campaign(campaigns.campaign(campaign.getId())));
    }

    @GetMapping("/{id}")
    CampaignViews.Campaign campaign(@PathVariable Long id) {
        requireReader();
        return views.campaign(campaigns.campaign(id));
    }

    @PostMapping("/{id}/reports")
    ResponseEntity<CampaignViews.Report> report(@PathVariable Long id,
                                                @Valid @RequestBody ProgressReportRequest request) {
        ProgressReport report = commands.report(id, request.unitCode(), new ProgressFigures(request.headcount(),
                request.staffInstalled(), request.residentsReached(), request.note()));
        return ResponseEntity.status(201).body(CampaignViews.report(report));
    }

    @PostMapping("/{id}/proposal")
    CampaignViews.RankingView propose(@PathVariable Long id, @Valid @RequestBody ProposalRequest request) {
        commands.propose(id, request.unitCodes());
        return views.ranking(id);
    }

    @PostMapping("/{id}/approval")
    CampaignViews.Campaign approve(@PathVariable Long id, @Valid @RequestBody ApprovalRequest request) {
        commands.decide(id, request.approved(), request.comment());
        return views.campaign(campaigns.campaign(id));
    }

    @GetMapping("/{id}/progress")
    CampaignViews.Progress progress(@PathVariable Long id) {
        requireReader();
        return views.progress(id);
    }

    @GetMapping("/{id}/ranking")
    CampaignViews.RankingView ranking(@PathVariable Long id) {
        requireReader();
        campaigns.campaign(id);
        return views.ranking(id);
    }

    @GetMapping(value = "/{id}/ranking.csv", produces = "text/csv")
    ResponseEntity<String> rankingCsv(@PathVariable Long id) {
        requireReader();
        campaigns.campaign(id);
        return csv("campaign-" + id + "-ranking.csv", CampaignCsv.ranking(views.ranking(id)));
    }

    @GetMapping(value = "/{id}/progress.csv", produces = "text/csv")
    ResponseEntity<String> progressCsv(@PathVariable Long id) {
        requireReader();
        return csv("campaign-" + id + "-progress.csv", CampaignCsv.progress(views.progress(id)));
    }

    private static ResponseEntity<String> csv(String fileName, String body) {
        return ResponseEntity.ok().contentType(CSV)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").body(body);
    }

    private void requireReader() {
        officials.requireAnyGroup("read campaign progress", CityGroups.CAMPAIGN_OWNERS, CityGroups.CITY_LEADERS,
                CityGroups.MANAGERS);
    }
}
