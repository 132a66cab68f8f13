package vn.hcmc.feedback.adoption;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The ranking of a campaign's units: provisional before the deadline, frozen once at the deadline. */
@Service
@Transactional
public class CampaignRanking {

    private final RankingEntryRepository rankings;
    private final CampaignRepository campaigns;
    private final CampaignUnitRepository units;
    private final ProgressReports reports;
    private final Clock clock;

    public CampaignRanking(RankingEntryRepository rankings, CampaignRepository campaigns, CampaignUnitRepository units,
                           ProgressReports reports, Clock clock) {
        this.rankings = rankings;
        this.campaigns = campaigns;
        this.units = units;
        this.reports = reports;
        this.clock = clock;
    }

    /** The ranking as it stands now (before the deadline) or as frozen at the deadline. */
    @Transactional(readOnly = true)
    public List<Ranking.Place> ranking(Long campaignId) {
        List<RankingEntry> frozen = rankings.findByCampaignIdOrderByPosition(campaignId);
        if (!frozen.isEmpty()) {
            return frozen.stream().map(RankingEntry::toPlace).toList();
        }
        return provisional(campaignId);
    }

    /** Freezes the ranking at the deadline (once) and opens the proposal step. */
    public List<Ranking.Place> freezeRanking(Long campaignId) {
        AdoptionCampaign campaign = campaigns.lockById(campaignId).orElseThrow();
        if (!rankings.existsByCampaignId(campaignId)) {
            for (Ranking.Place place : provisional(campaignId)) {
                rankings.save(new RankingEntry(campaignId, place));
            }
            campaign.ranked(clock.instant());
        }
        return ranking(campaignId);
    }

    private List<Ranking.Place> provisional(Long campaignId) {
        return Ranking.rank(units.findByCampaignIdOrderByUnitCode(campaignId), reports.latestByUnit(campaignId));
    }
}
