package vn.hcmc.feedback.adoption;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcmc.feedback.directory.Unit;
import vn.hcmc.feedback.directory.UnitDirectory;
import vn.hcmc.feedback.directory.UnitKind;
import vn.hcmc.feedback.system.Refusal;

/**
 * A new campaign: its participating units (all, a list, or some kinds), reporting period, deadline, targets and
 * number of commendations are all checked first, then the campaign and its units are stored.
 */
@Service
@Transactional
public class CampaignDesign {

    static final Duration SHORTEST_PERIOD = Duration.ofHours(1);
    static final int MOST_PERIODS = 520;

    private final CampaignRepository campaigns;
    private final CampaignUnitRepository units;
    private final Campaigns lookup;
    private final UnitDirectory directory;
    private final Clock clock;

    public CampaignDesign(CampaignRepository campaigns, CampaignUnitRepository units, Campaigns lookup,
                          UnitDirectory directory, Clock clock) {
        this.campaigns = campaigns;
        this.units = units;
        this.lookup = lookup;
        this.directory = directory;
        this.clock = clock;
    }

    /** Checks everything first, then stores the campaign and its units. */
    public AdoptionCampaign create(NewCampaign request, String ownerId) {
        Instant now = clock.instant();
        List<String> participants = participants(request);
        Duration period = period(request.reportingPeriod());
        if (!request.deadline().isAfter(now.plus(SHORTEST_PERIOD))) {
            throw Refusal.invalid("deadline-too-early",
                    "The deadline must be at least one hour from now (now is " + now + ").");
        }
        long periods = (Duration.between(now, request.deadline()).toMillis() + period.toMillis() - 1) / period.toMillis();
        if (periods > MOST_PERIODS) {
            throw Refusal.invalid("too-many-periods", "A reporting period of " + period + " gives " + periods
                    + " periods before the deadline; at most " + MOST_PERIODS + " are allowed.");
        }
        Map<String, Long> residentTargets = request.residentTargets() == null ? Map.of() : request.residentTargets();
        for (Map.Entry<String, Long> target : residentTargets.entrySet()) {
            if (!participants.contains(target.getKey())) {
                throw Refusal.invalid("resident-target-unknown-unit", "A resident target is given for "
                        + target.getKey() + ", which is not a participating unit.");
            }
            if (target.getValue() == null || target.getValue() < 0) {
                throw Refusal.invalid("resident-target-negative",
                        "The resident target of " + target.getKey() + " must be zero or more.");
            }
        }
        int commendCount = request.commendCount() == null ? NewCampaign.DEFAULT_COMMEND_COUNT : request.commendCount();
        if (commendCount > participants.size()) {
            throw Refusal.invalid("too-many-commendations", "The campaign has " + participants.size()
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

    /** Notes the process instance that runs the campaign. */
    public void startedAs(Long campaignId, String processInstanceId) {
        lookup.campaign(campaignId).startedAs(processInstanceId);
    }

    private List<String> participants(NewCampaign request) {
        boolean all = Boolean.TRUE.equals(request.allUnits());
        boolean list = request.unitCodes() != null && !request.unitCodes().isEmpty();
        boolean kinds = request.unitKinds() != null && !request.unitKinds().isEmpty();
        if ((all ? 1 : 0) + (list ? 1 : 0) + (kinds ? 1 : 0) != 1) {
            throw Refusal.invalid("participants-unclear", "Name the participating units in exactly one way: "
                    + "allUnits: true, a list of unitCodes, or a list of unitKinds.");
        }
        if (all) {
            return directory.units().stream().map(Unit::code).toList();
        }
        if (list) {
            Set<String> codes = new LinkedHashSet<>();
            for (String code : request.unitCodes()) {
                if (!directory.isUnit(code)) {
                    throw Refusal.invalid("unknown-unit", "There is no unit with code '" + code + "'.");
                }
                if (!codes.add(code)) {
                    throw Refusal.invalid("duplicate-unit", "Unit " + code + " is listed twice.");
                }
            }
            return List.copyOf(codes);
        }
        Set<UnitKind> wanted = new LinkedHashSet<>();
        for (String kind : request.unitKinds()) {
            try {
                wanted.add(UnitKind.valueOf(kind));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw Refusal.invalid("unknown-unit-kind", "Unit kind '" + kind + "' is not one of "
                        + Arrays.toString(UnitKind.values()) + ".");
            }
        }
        List<String> codes = directory.units().stream().filter(u -> wanted.contains(u.kind())).map(Unit::code).toList();
        if (codes.isEmpty()) {
            throw Refusal.invalid("no-participants", "No unit is of the kinds " + wanted + ".");
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
                    throw Refusal.invalid("invalid-reporting-period", "The reporting period '" + text
                            + "' uses months or years, which have no fixed length; give it in weeks or days.");
                }
                period = Duration.ofDays(days.getDays());
            } catch (DateTimeParseException notAPeriod) {
                throw Refusal.invalid("invalid-reporting-period", "The reporting period '" + text
                        + "' is not an ISO-8601 duration such as P7D, P2W or PT12H.");
            }
        }
        if (period.compareTo(SHORTEST_PERIOD) < 0) {
            throw Refusal.invalid("invalid-reporting-period",
                    "The reporting period must be at least one hour, not " + text + ".");
        }
        return period;
    }
}
