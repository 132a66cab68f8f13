package vn.hcmc.feedback.adoption;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcmc.feedback.system.Refusal;

/**
 * The units' progress reports: the checks of a unit's figures for a period, storing them (and the moment the unit
 * first reached its target), whether a unit is below target, and the city's average.
 */
@Service
@Transactional
public class ProgressReports {

    private final ProgressReportRepository reports;
    private final Campaigns campaigns;
    private final Clock clock;

    public ProgressReports(ProgressReportRepository reports, Campaigns campaigns, Clock clock) {
        this.reports = reports;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    /** Every check of a unit's figures for a period, without storing anything. */
    @Transactional(readOnly = true)
    public void checkReport(Long campaignId, String unitCode, int periodNo, ProgressFigures figures) {
        List<Map<String, Object>> errors = new ArrayList<>();
        if (figures.headcount() == null || figures.headcount() < 1) {
            errors.add(error("headcount", "must be a whole number of at least 1"));
        }
        if (figures.staffInstalled() == null || figures.staffInstalled() < 0) {
            errors.add(error("staffInstalled", "must be zero or more"));
        }
        if (figures.residentsReached() == null || figures.residentsReached() < 0) {
            errors.add(error("residentsReached", "must be zero or more"));
        }
        if (figures.note() != null && figures.note().length() > 1000) {
            errors.add(error("note", "must be at most 1000 characters"));
        }
        if (errors.isEmpty() && figures.staffInstalled() > figures.headcount()) {
            errors.add(error("staffInstalled", "cannot be more than the headcount (" + figures.headcount() + ")"));
        }
        if (!errors.isEmpty()) {
            throw invalidFigures(errors);
        }
        campaigns.unit(campaignId, unitCode);
        if (reports.existsByCampaignIdAndUnitCodeAndPeriodNo(campaignId, unitCode, periodNo)) {
            throw Refusal.conflict("already-reported", "Unit " + unitCode + " has already reported for period "
                    + periodNo + ".");
        }
        ProgressReport previous = reports.findFirstByCampaignIdAndUnitCodeOrderByPeriodNoDesc(campaignId, unitCode)
                .orElse(null);
        boolean explained = figures.note() != null && !figures.note().isBlank();
        if (previous != null && !explained) {
            if (figures.staffInstalled() < previous.getStaffInstalled()) {
                errors.add(error("staffInstalled", "is lower than last time (" + previous.getStaffInstalled()
                        + "); explain why in the note"));
            }
            if (figures.residentsReached() < previous.getResidentsReached()) {
                errors.add(error("residentsReached", "is lower than last time (" + previous.getResidentsReached()
                        + "); explain why in the note"));
            }
            if (!errors.isEmpty()) {
                throw new Refusal(Refusal.Reason.INVALID, "figures-lower-without-note",
                        "Số liệu giảm nhưng không giải thích / Lower figures without an explanation",
                        describe(errors), Map.of("errors", errors));
            }
        }
    }

    /** Stores a unit's report for a period (after the same checks) and notes when it first reached the target. */
    public ProgressReport recordReport(Long campaignId, String unitCode, int periodNo, ProgressFigures figures,
                                       String reportedBy) {
        checkReport(campaignId, unitCode, periodNo, figures);
        AdoptionCampaign campaign = campaigns.campaign(campaignId);
        if (campaign.getStatus() != AdoptionCampaign.Status.RUNNING) {
            throw Refusal.conflict("campaign-not-running", "Campaign " + campaignId + " no longer takes reports.");
        }
        Instant now = clock.instant();
        CampaignUnit unit = campaigns.unit(campaignId, unitCode);
        String note = figures.note() == null || figures.note().isBlank() ? null : figures.note().strip();
        ProgressReport report = reports.save(new ProgressReport(campaignId, unitCode, periodNo,
                new ProgressFigures(figures.headcount(), figures.staffInstalled(), figures.residentsReached(), note),
                reportedBy, now));
        unit.reported(reachesTarget(campaign, unit, report), now);
        return report;
    }

    @Transactional(readOnly = true)
    public List<ProgressReport> reports(Long campaignId) {
        return reports.findByCampaignIdOrderByUnitCodeAscPeriodNoAsc(campaignId);
    }

    @Transactional(readOnly = true)
    public Optional<ProgressReport> latestReport(Long campaignId, String unitCode) {
        return reports.findFirstByCampaignIdAndUnitCodeOrderByPeriodNoDesc(campaignId, unitCode);
    }

    /** Each reporting unit's latest report, by unit code. */
    @Transactional(readOnly = true)
    public Map<String, ProgressReport> latestByUnit(Long campaignId) {
        Map<String, ProgressReport> latest = new LinkedHashMap<>();
        for (ProgressReport report : reports.findLatestPerUnit(campaignId)) {
            latest.put(report.getUnitCode(), report);
        }
        return latest;
    }

    @Transactional(readOnly = true)
    public boolean hasReported(Long campaignId, String unitCode, int periodNo) {
        return reports.existsByCampaignIdAndUnitCodeAndPeriodNo(campaignId, unitCode, periodNo);
    }

    /** Whether the unit, by its latest figures, is below its targets (a unit that never reported is). */
    @Transactional(readOnly = true)
    public boolean isBelowTarget(Long campaignId, String unitCode) {
        AdoptionCampaign campaign = campaigns.campaign(campaignId);
        CampaignUnit unit = campaigns.unit(campaignId, unitCode);
        return latestReport(campaignId, unitCode).map(r -> !reachesTarget(campaign, unit, r)).orElse(true);
    }

    /** The average share of staff who installed the app over the units that reported; empty if none did. */
    @Transactional(readOnly = true)
    public OptionalDouble cityAverage(Long campaignId) {
        return latestByUnit(campaignId).values().stream().mapToDouble(ProgressReport::staffRate).average();
    }

    static boolean reachesTarget(AdoptionCampaign campaign, CampaignUnit unit, ProgressReport report) {
        boolean staff = report.getStaffInstalled() * 100.0 >= campaign.getStaffTargetPercent() * report.getHeadcount();
        boolean residents = unit.getResidentTarget() == null || report.getResidentsReached() >= unit.getResidentTarget();
        return staff && residents;
    }

    private static Map<String, Object> error(String field, String message) {
        return Map.of("field", field, "message", message);
    }

    private static String describe(List<Map<String, Object>> errors) {
        return errors.stream().map(e -> e.get("field") + ": " + e.get("message")).collect(Collectors.joining("; "));
    }

    private static Refusal invalidFigures(List<Map<String, Object>> errors) {
        return new Refusal(Refusal.Reason.INVALID, "invalid-figures",
                "Số liệu không hợp lệ / Invalid figures", describe(errors), Map.of("errors", errors));
    }
}
