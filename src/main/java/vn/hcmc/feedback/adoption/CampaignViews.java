package vn.hcmc.feedback.adoption;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.hcmc.feedback.directory.Unit;
import vn.hcmc.feedback.directory.UnitDirectory;

/** What the APIs show of a campaign: its settings, the units' progress over time, the ranking, the results. */
@Component
@Transactional(readOnly = true)
public class CampaignViews {

    public record Campaign(Long id, String name, String description, String status, String ownerId,
                           double staffTargetPercent, Instant startedAt, Instant deadline, String reportingPeriod,
                           int periods, int commendCount, List<String> unitCodes) {
    }

    public record Report(Long id, String unitCode, int periodNo, int headcount, int staffInstalled, double staffRate,
                         long residentsReached, String note, String reportedBy, Instant reportedAt) {
    }

    public record PeriodFigures(int periodNo, Instant periodEnd, Instant reportedAt, int headcount,
                                int staffInstalled, double staffRate, long residentsReached, String note) {
    }

    public record UnitProgress(String unitCode, String nameVi, String nameEn, Long residentTarget, int missedPeriods,
                               int missedInRow, Instant firstReachedAt, boolean belowTarget,
                               List<PeriodFigures> reports) {
    }

    public record Progress(Campaign campaign, Double cityAverageStaffRate, List<UnitProgress> units) {
    }

    public record Place(int position, String unitCode, String nameVi, String nameEn, boolean reported,
                        Integer headcount, Integer staffInstalled, Double staffRate, Long residentsReached,
                        Instant firstReachedAt, boolean commended) {
    }

    public record RankingView(Long campaignId, boolean frozen, List<Place> places) {
    }

    public record Commended(int position, String unitCode, String nameVi, String nameEn) {
    }

    public record Published(Long id, String name, String description, double staffTargetPercent, Instant deadline,
                            Instant publishedAt, List<Place> ranking, List<Commended> commended) {
    }

    private final Campaigns campaigns;
    private final ProgressReports reports;
    private final CampaignRanking ranking;
    private final Commendations commendations;
    private final UnitDirectory directory;

    public CampaignViews(Campaigns campaigns, ProgressReports reports, CampaignRanking ranking,
                         Commendations commendations, UnitDirectory directory) {
        this.campaigns = campaigns;
        this.reports = reports;
        this.ranking = ranking;
        this.commendations = commendations;
        this.directory = directory;
    }

    public Campaign campaign(AdoptionCampaign c) {
        return new Campaign(c.getId(), c.getName(), c.getDescription(), c.getStatus().name(), c.getOwnerId(),
                c.getStaffTargetPercent(), c.getStartedAt(), c.getDeadline(), c.getReportingPeriod(), c.lastPeriod(),
                c.getCommendCount(), campaigns.unitCodes(c.getId()));
    }

    public static Report report(ProgressReport r) {
        return new Report(r.getId(), r.getUnitCode(), r.getPeriodNo(), r.getHeadcount(), r.getStaffInstalled(),
                r.staffRate(), r.getResidentsReached(), r.getNote(), r.getReportedBy(), r.getReportedAt());
    }

    public Progress progress(Long campaignId) {
        AdoptionCampaign campaign = campaigns.campaign(campaignId);
        Map<String, List<ProgressReport>> byUnit = reports.reports(campaignId).stream()
                .collect(Collectors.groupingBy(ProgressReport::getUnitCode));
        List<UnitProgress> units = campaigns.units(campaignId).stream().map(u -> {
            List<PeriodFigures> periods = byUnit.getOrDefault(u.getUnitCode(), List.of()).stream()
                    .sorted(Comparator.comparingInt(ProgressReport::getPeriodNo))
                    .map(r -> new PeriodFigures(r.getPeriodNo(), campaign.periodEnd(r.getPeriodNo()),
                            r.getReportedAt(), r.getHeadcount(), r.getStaffInstalled(), r.staffRate(),
                            r.getResidentsReached(), r.getNote())).toList();
            List<ProgressReport> own = byUnit.getOrDefault(u.getUnitCode(), List.of());
            ProgressReport latest = own.stream().max(Comparator.comparingInt(ProgressReport::getPeriodNo)).orElse(null);
            boolean below = latest == null || !ProgressReports.reachesTarget(campaign, u, latest);
            return new UnitProgress(u.getUnitCode(), nameVi(u.getUnitCode()), nameEn(u.getUnitCode()),
                    u.getResidentTarget(), u.getMissedPeriods(), u.getMissedInRow(), u.getFirstReachedAt(), below,
                    periods);
        }).toList();
        var average = reports.cityAverage(campaignId);
        return new Progress(campaign(campaign), average.isPresent() ? average.getAsDouble() : null, units);
    }

    public RankingView ranking(Long campaignId) {
        AdoptionCampaign campaign = campaigns.campaign(campaignId);
        return new RankingView(campaignId, campaign.getRankedAt() != null, places(campaignId));
    }

    private List<Place> places(Long campaignId) {
        Set<String> commended = Set.copyOf(commendations.commendedUnits(campaignId));
        return ranking.ranking(campaignId).stream().map(p -> new Place(p.position(), p.unitCode(),
                nameVi(p.unitCode()), nameEn(p.unitCode()), p.reported(), p.headcount(), p.staffInstalled(),
                p.staffRate(), p.residentsReached(), p.firstReachedAt(), commended.contains(p.unitCode()))).toList();
    }

    /** The published results; empty until the leaders approved and the results were published. */
    public java.util.Optional<Published> published(Long campaignId) {
        return campaigns.findCampaign(campaignId)
                .filter(c -> c.getStatus() == AdoptionCampaign.Status.PUBLISHED)
                .map(c -> {
                    List<String> codes = commendations.commendedUnits(campaignId);
                    List<Commended> commended = new java.util.ArrayList<>();
                    for (int i = 0; i < codes.size(); i++) {
                        commended.add(new Commended(i + 1, codes.get(i), nameVi(codes.get(i)), nameEn(codes.get(i))));
                    }
                    return new Published(c.getId(), c.getName(), c.getDescription(), c.getStaffTargetPercent(),
                            c.getDeadline(), c.getPublishedAt(), places(campaignId), commended);
                });
    }

    private String nameVi(String code) {
        return directory.unit(code).map(Unit::nameVi).orElse(code);
    }

    private String nameEn(String code) {
        return directory.unit(code).map(Unit::nameEn).orElse(code);
    }
}
