package vn.hcmc.feedback.adoption;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcmc.feedback.directory.Unit;
import vn.hcmc.feedback.directory.UnitDirectory;
import vn.hcmc.feedback.directory.UnitKind;
import vn.hcmc.feedback.system.ApiProblem;

/**
 * Campaigns and their units: creation, progress reports with their checks, missed periods, the ranking at the
 * deadline, the commendation proposal, the leaders' decision and publication. Knows nothing of the engine.
 */
@Service
@Transactional
public class CampaignService {

    /** Missed periods in a row that escalate a unit to the campaign owner. */
    public static final int ESCALATE_AFTER_MISSED = 2;
    static final Duration SHORTEST_PERIOD = Duration.ofHours(1);
    static final int MOST_PERIODS = 520;

    private final CampaignRepository campaigns;
    private final CampaignUnitRepository units;
    private final ProgressReportRepository reports;
    private final RankingEntryRepository rankings;
    private final CommendationRepository commendations;
    private final CommendationDecisionRepository decisions;
    private final UnitDirectory directory;
    private final Clock clock;

    public CampaignService(CampaignRepository campaigns, CampaignUnitRepository units,
                           ProgressReportRepository reports, RankingEntryRepository rankings,
                           CommendationRepository commendations, CommendationDecisionRepository decisions,
                           UnitDirectory directory, Clock clock) {
        this.campaigns = campaigns;
        this.units = units;
        this.reports = reports;
        this.rankings = rankings;
        this.commendations = commendations;
        this.decisions = decisions;
        this.directory = directory;
        this.clock = clock;
    }

    // ---- creation ------------------------------------------------------------------------------------------

    /** Checks everything first, then stores the campaign and its units. */
    public AdoptionCampaign create(NewCampaign request, String ownerId) {
        Instant now = clock.instant();
        List<String> participants = participants(request);
        Duration period = period(request.reportingPeriod());
        if (!request.deadline().isAfter(now.plus(SHORTEST_PERIOD))) {
            throw ApiProblem.badRequest("deadline-too-early",
                    "The deadline must be at least one hour from now (now is " + now + ").");
        }
        long periods = (Duration.between(now, request.deadline()).toMillis() + period.toMillis() - 1) / period.toMillis();
        if (periods > MOST_PERIODS) {
            throw ApiProblem.badRequest("too-many-periods", "A reporting period of " + period + " gives " + periods
                    + " periods before the deadline; at most " + MOST_PERIODS + " are allowed.");
        }
        Map<String, Long> residentTargets = request.residentTargets() == null ? Map.of() : request.residentTargets();
        for (Map.Entry<String, Long> target : residentTargets.entrySet()) {
            if (!participants.contains(target.getKey())) {
                throw ApiProblem.badRequest("resident-target-unknown-unit", "A resident target is given for "
                        + target.getKey() + ", which is not a participating unit.");
            }
            if (target.getValue() == null || target.getValue() < 0) {
                throw ApiProblem.badRequest("resident-target-negative",
                        "The resident target of " + target.getKey() + " must be zero or more.");
            }
        }
        int commendCount = request.commendCount() == null ? NewCampaign.DEFAULT_COMMEND_COUNT : request.commendCount();
        if (commendCount > participants.size()) {
            throw ApiProblem.badRequest("too-many-commendations", "The campaign has " + participants.size()
                    + " participating units; it cannot propose " + commendCount + " for commendation.");
        }
        double target = request.staffTargetPercent() == null ? NewCampaign.DEFAULT_STAFF_TARGET
                : request.staffTargetPercent();
        AdoptionCampaign campaign = campaigns.save(new AdoptionCampaign(request.name().strip(),
                request.description() == null ? null : request.description().strip(), ownerId, target, now,
                request.deadline(), period, commendCount));
        for (String code : participants) {
            units.save(new CampaignUnit(campaign.getId(), code, residentTargets.get(code)));
        }
        return campaign;
    }

    public void startedAs(Long campaignId, String processInstanceId) {
        campaign(campaignId).startedAs(processInstanceId);
    }

    private List<String> participants(NewCampaign request) {
        boolean all = Boolean.TRUE.equals(request.allUnits());
        boolean list = request.unitCodes() != null && !request.unitCodes().isEmpty();
        boolean kinds = request.unitKinds() != null && !request.unitKinds().isEmpty();
        if ((all ? 1 : 0) + (list ? 1 : 0) + (kinds ? 1 : 0) != 1) {
            throw ApiProblem.badRequest("participants-unclear", "Name the participating units in exactly one way: "
                    + "allUnits: true, a list of unitCodes, or a list of unitKinds.");
        }
        if (all) {
            return directory.units().stream().map(Unit::code).toList();
        }
        if (list) {
            Set<String> codes = new LinkedHashSet<>();
            for (String code : request.unitCodes()) {
                if (!directory.isUnit(code)) {
                    throw ApiProblem.badRequest("unknown-unit", "There is no unit with code '" + code + "'.");
                }
                if (!codes.add(code)) {
                    throw ApiProblem.badRequest("duplicate-unit", "Unit " + code + " is listed twice.");
                }
            }
            return List.copyOf(codes);
        }
        Set<UnitKind> wanted = new LinkedHashSet<>();
        for (String kind : request.unitKinds()) {
            try {
                wanted.add(UnitKind.valueOf(kind));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw ApiProblem.badRequest("unknown-unit-kind", "Unit kind '" + kind + "' is not one of "
                        + Arrays.toString(UnitKind.values()) + ".");
            }
        }
        List<String> codes = directory.units().stream().filter(u -> wanted.contains(u.kind())).map(Unit::code).toList();
        if (codes.isEmpty()) {
            throw ApiProblem.badRequest("no-participants", "No unit is of the kinds " + wanted + ".");
        }
        return codes;
    }

    static Duration period(String text) {
        if (text == null || text.isBlank()) {
            return Duration.parse(NewCampaign.DEFAULT_PERIOD);
        }
        Duration period;
        try {
            period = Duration.parse(text);
        } catch (DateTimeParseException notADuration) {
            try {
                Period days = Period.parse(text);
                if (days.getYears() != 0 || days.getMonths() != 0) {
                    throw ApiProblem.badRequest("invalid-reporting-period", "The reporting period '" + text
                            + "' uses months or years, which have no fixed length; give it in weeks or days.");
                }
                period = Duration.ofDays(days.getDays());
            } catch (DateTimeParseException notAPeriod) {
                throw ApiProblem.badRequest("invalid-reporting-period", "The reporting period '" + text
                        + "' is not an ISO-8601 duration such as P7D, P2W or PT12H.");
            }
        }
        if (period.compareTo(SHORTEST_PERIOD) < 0) {
            throw ApiProblem.badRequest("invalid-reporting-period",
                    "The reporting period must be at least one hour, not " + text + ".");
        }
        return period;
    }

    // ---- reads ---------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public AdoptionCampaign campaign(Long id) {
        return campaigns.findById(id).orElseThrow(() -> ApiProblem.notFound("campaign-not-found",
                "There is no adoption campaign " + id + "."));
    }

    @Transactional(readOnly = true)
    public java.util.Optional<AdoptionCampaign> findCampaign(Long id) {
        return campaigns.findById(id);
    }

    @Transactional(readOnly = true)
    public List<String> unitCodes(Long campaignId) {
        return units.findByCampaignIdOrderByUnitCode(campaignId).stream().map(CampaignUnit::getUnitCode).toList();
    }

    @Transactional(readOnly = true)
    public List<CampaignUnit> units(Long campaignId) {
        return units.findByCampaignIdOrderByUnitCode(campaignId);
    }

    @Transactional(readOnly = true)
    public CampaignUnit unit(Long campaignId, String unitCode) {
        return units.findByCampaignIdAndUnitCode(campaignId, unitCode).orElseThrow(() -> ApiProblem.badRequest(
                "unit-not-in-campaign", "Unit " + unitCode + " does not take part in campaign " + campaignId + "."));
    }

    @Transactional(readOnly = true)
    public List<ProgressReport> reports(Long campaignId) {
        return reports.findByCampaignIdOrderByUnitCodeAscPeriodNoAsc(campaignId);
    }

    @Transactional(readOnly = true)
    public java.util.Optional<ProgressReport> latestReport(Long campaignId, String unitCode) {
        return reports.findFirstByCampaignIdAndUnitCodeOrderByPeriodNoDesc(campaignId, unitCode);
    }

    /** The average share of staff who installed the app over the units that reported; empty if none did. */
    @Transactional(readOnly = true)
    public OptionalDouble cityAverage(Long campaignId) {
        return latestByUnit(campaignId).values().stream().mapToDouble(ProgressReport::staffRate).average();
    }

    private Map<String, ProgressReport> latestByUnit(Long campaignId) {
        Map<String, ProgressReport> latest = new LinkedHashMap<>();
        for (ProgressReport report : reports.findLatestPerUnit(campaignId)) {
            latest.put(report.getUnitCode(), report);
        }
        return latest;
    }

    // ---- progress reports ----------------------------------------------------------------------------------

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
        unit(campaignId, unitCode);
        if (reports.existsByCampaignIdAndUnitCodeAndPeriodNo(campaignId, unitCode, periodNo)) {
            throw ApiProblem.conflict("already-reported", "Unit " + unitCode + " has already reported for period "
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
                throw new ApiProblem(org.springframework.http.HttpStatus.BAD_REQUEST, "figures-lower-without-note",
                        "Số liệu giảm nhưng không giải thích / Lower figures without an explanation",
                        describe(errors), Map.of("errors", errors));
            }
        }
    }

    /** Stores a unit's report for a period (after the same checks) and notes when it first reached the target. */
    public ProgressReport recordReport(Long campaignId, String unitCode, int periodNo, ProgressFigures figures,
                                       String reportedBy) {
        checkReport(campaignId, unitCode, periodNo, figures);
        AdoptionCampaign campaign = campaign(campaignId);
        if (campaign.getStatus() != AdoptionCampaign.Status.RUNNING) {
            throw ApiProblem.conflict("campaign-not-running", "Campaign " + campaignId + " no longer takes reports.");
        }
        Instant now = clock.instant();
        CampaignUnit unit = unit(campaignId, unitCode);
        String note = figures.note() == null || figures.note().isBlank() ? null : figures.note().strip();
        ProgressReport report = reports.save(new ProgressReport(campaignId, unitCode, periodNo,
                new ProgressFigures(figures.headcount(), figures.staffInstalled(), figures.residentsReached(), note),
                reportedBy, now));
        unit.reported(reachesTarget(campaign, unit, report), now);
        return report;
    }

    /** A period ended without the unit's report; returns how many periods in a row it has missed. */
    public int recordMissedPeriod(Long campaignId, String unitCode) {
        return unit(campaignId, unitCode).missedPeriod();
    }

    /** Whether the unit, by its latest figures, is below its targets (a unit that never reported is). */
    @Transactional(readOnly = true)
    public boolean isBelowTarget(Long campaignId, String unitCode) {
        AdoptionCampaign campaign = campaign(campaignId);
        CampaignUnit unit = unit(campaignId, unitCode);
        return latestReport(campaignId, unitCode).map(r -> !reachesTarget(campaign, unit, r)).orElse(true);
    }

    @Transactional(readOnly = true)
    public boolean hasReported(Long campaignId, String unitCode, int periodNo) {
        return reports.existsByCampaignIdAndUnitCodeAndPeriodNo(campaignId, unitCode, periodNo);
    }

    static boolean reachesTarget(AdoptionCampaign campaign, CampaignUnit unit, ProgressReport report) {
        boolean staff = report.getStaffInstalled() * 100.0 >= campaign.getStaffTargetPercent() * report.getHeadcount();
        boolean residents = unit.getResidentTarget() == null || report.getResidentsReached() >= unit.getResidentTarget();
        return staff && residents;
    }

    // ---- ranking, proposal, approval, publication ----------------------------------------------------------

    /** The ranking as it stands now (before the deadline) or as frozen at the deadline. */
    @Transactional(readOnly = true)
    public List<Ranking.Place> ranking(Long campaignId) {
        List<RankingEntry> frozen = rankings.findByCampaignIdOrderByPosition(campaignId);
        if (!frozen.isEmpty()) {
            return frozen.stream().map(RankingEntry::toPlace).toList();
        }
        return Ranking.rank(units.findByCampaignIdOrderByUnitCode(campaignId), latestByUnit(campaignId));
    }

    /** Freezes the ranking at the deadline (once) and opens the proposal step. */
    public List<Ranking.Place> freezeRanking(Long campaignId) {
        AdoptionCampaign campaign = campaigns.lockById(campaignId).orElseThrow();
        if (!rankings.existsByCampaignId(campaignId)) {
            for (Ranking.Place place : Ranking.rank(units.findByCampaignIdOrderByUnitCode(campaignId),
                    latestByUnit(campaignId))) {
                rankings.save(new RankingEntry(campaignId, place));
            }
            campaign.ranked(clock.instant());
        }
        return ranking(campaignId);
    }

    /** The units the proposal form starts from: the current proposal, or the top of the ranking. */
    @Transactional(readOnly = true)
    public List<String> proposalDraft(Long campaignId) {
        List<Commendation> current = commendations.findByCampaignIdOrderByPosition(campaignId);
        if (!current.isEmpty()) {
            return current.stream().map(Commendation::getUnitCode).toList();
        }
        AdoptionCampaign campaign = campaign(campaignId);
        return ranking(campaignId).stream().filter(Ranking.Place::reported).limit(campaign.getCommendCount())
                .map(Ranking.Place::unitCode).toList();
    }

    @Transactional(readOnly = true)
    public List<String> commendedUnits(Long campaignId) {
        return commendations.findByCampaignIdOrderByPosition(campaignId).stream().map(Commendation::getUnitCode)
                .toList();
    }

    /** Checks a proposal without storing it: one or more participating units, none twice. */
    @Transactional(readOnly = true)
    public List<String> checkProposal(Long campaignId, List<String> unitCodes) {
        if (unitCodes == null || unitCodes.isEmpty()) {
            throw ApiProblem.badRequest("empty-proposal", "Propose at least one unit for commendation.");
        }
        Set<String> participants = Set.copyOf(unitCodes(campaignId));
        Set<String> seen = new LinkedHashSet<>();
        for (String code : unitCodes) {
            String trimmed = code == null ? "" : code.strip();
            if (!participants.contains(trimmed)) {
                throw ApiProblem.badRequest("unit-not-in-campaign", "Unit '" + trimmed
                        + "' does not take part in campaign " + campaignId + ".");
            }
            if (!seen.add(trimmed)) {
                throw ApiProblem.badRequest("duplicate-unit", "Unit " + trimmed + " is proposed twice.");
            }
        }
        return List.copyOf(seen);
    }

    public void recordProposal(Long campaignId, List<String> unitCodes, String proposedBy) {
        List<String> codes = checkProposal(campaignId, unitCodes);
        AdoptionCampaign campaign = campaigns.lockById(campaignId).orElseThrow();
        if (campaign.getStatus() != AdoptionCampaign.Status.PROPOSING) {
            throw ApiProblem.conflict("not-proposing", "Campaign " + campaignId + " is " + campaign.getStatus()
                    + ", not waiting for a proposal.");
        }
        commendations.deleteByCampaign(campaignId);
        for (int i = 0; i < codes.size(); i++) {
            commendations.save(new Commendation(campaignId, codes.get(i), i + 1));
        }
        decisions.save(CommendationDecision.proposal(campaignId, String.join(",", codes), proposedBy, clock.instant()));
        campaign.proposed();
    }

    /** Checks a decision without storing it: a refusal needs a comment. */
    public static void checkDecision(Boolean approved, String comment) {
        if (approved == null) {
            throw ApiProblem.badRequest("approval-missing", "Say whether the proposal is approved (approved: true) "
                    + "or refused (approved: false).");
        }
        if (!approved && (comment == null || comment.isBlank())) {
            throw ApiProblem.badRequest("comment-required", "A refusal needs a comment saying what to change.");
        }
        if (comment != null && comment.length() > 2000) {
            throw ApiProblem.badRequest("comment-too-long", "The comment must be at most 2000 characters.");
        }
    }

    public void recordDecision(Long campaignId, Boolean approved, String comment, String decidedBy) {
        checkDecision(approved, comment);
        AdoptionCampaign campaign = campaigns.lockById(campaignId).orElseThrow();
        if (campaign.getStatus() != AdoptionCampaign.Status.APPROVING) {
            throw ApiProblem.conflict("not-approving", "Campaign " + campaignId + " is " + campaign.getStatus()
                    + ", not waiting for approval.");
        }
        decisions.save(CommendationDecision.approval(campaignId, approved,
                comment == null || comment.isBlank() ? null : comment.strip(), decidedBy, clock.instant()));
        if (!approved) {
            campaign.refused();
        }
    }

    /** The comment of the latest refusal, if the latest decision was one. */
    @Transactional(readOnly = true)
    public String lastRefusalComment(Long campaignId) {
        List<CommendationDecision> trail = decisions.findByCampaignIdOrderById(campaignId);
        for (int i = trail.size() - 1; i >= 0; i--) {
            CommendationDecision d = trail.get(i);
            if (d.getKind() == CommendationDecision.Kind.APPROVAL) {
                return Boolean.FALSE.equals(d.getApproved()) ? d.getComment() : null;
            }
        }
        return null;
    }

    @Transactional(readOnly = true)
    public List<CommendationDecision> decisions(Long campaignId) {
        return decisions.findByCampaignIdOrderById(campaignId);
    }

    public void publish(Long campaignId) {
        AdoptionCampaign campaign = campaigns.lockById(campaignId).orElseThrow();
        if (campaign.getStatus() != AdoptionCampaign.Status.PUBLISHED) {
            campaign.published(clock.instant());
        }
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private static Map<String, Object> error(String field, String message) {
        return Map.of("field", field, "message", message);
    }

    private static String describe(List<Map<String, Object>> errors) {
        return errors.stream().map(e -> e.get("field") + ": " + e.get("message")).collect(Collectors.joining("; "));
    }

    private static ApiProblem invalidFigures(List<Map<String, Object>> errors) {
        return new ApiProblem(org.springframework.http.HttpStatus.BAD_REQUEST, "invalid-figures",
                "Số liệu không hợp lệ / Invalid figures", describe(errors), Map.of("errors", errors));
    }
}
