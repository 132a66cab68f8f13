package vn.hcmc.feedback.adoption;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.directory.Unit;
import vn.hcmc.feedback.directory.UnitDirectory;

/**
 * Values the model asks for by expression: the units of the multi-instance, and the texts the forms show (the
 * ranking, the draft proposal, the last refusal). Keeps them out of process variables until a task needs them.
 */
@Component("adoptionForms")
public class AdoptionForms {

    static final int MAX_TEXT = 3900;

    private final Campaigns campaigns;
    private final CampaignRanking ranking;
    private final Commendations commendations;
    private final UnitDirectory directory;

    public AdoptionForms(Campaigns campaigns, CampaignRanking ranking, Commendations commendations,
                         UnitDirectory directory) {
        this.campaigns = campaigns;
        this.ranking = ranking;
        this.commendations = commendations;
        this.directory = directory;
    }

    /** The participating unit codes, one reporting instance each. */
    public List<String> unitCodes(Long campaignId) {
        return campaigns.unitCodes(campaignId);
    }

    /** The draft of the proposal: unit codes separated by commas. */
    public String proposalDraft(Long campaignId) {
        return fitted(String.join("\n", commendations.proposalDraft(campaignId).stream()
                .map(code -> directory.unit(code).map(Unit::nameVi).orElse(code)).toList()));
    }

    /**
     * The units the form names, one per line (or separated by commas), each by its name or its code, in the
     * order given; a name no unit bears is kept as written, for the proposal's check to refuse.
     */
    public List<String> unitCodesOf(String written) {
        if (written == null || written.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(written.split("[\\n,;]+")).map(String::strip).filter(s -> !s.isEmpty())
                .map(token -> directory.unit(token).map(Unit::code).or(() -> directory.units().stream()
                        .filter(u -> u.nameVi().equalsIgnoreCase(token) || u.nameEn().equalsIgnoreCase(token))
                        .map(Unit::code).findFirst()).orElse(token))
                .toList();
    }

    /** The proposal being decided, one unit per line with its place and rate. */
    public String proposalSummary(Long campaignId) {
        List<Ranking.Place> places = ranking.ranking(campaignId);
        StringBuilder text = new StringBuilder();
        for (String code : commendations.commendedUnits(campaignId)) {
            text.append(places.stream().filter(p -> p.unitCode().equals(code)).findFirst().map(this::line)
                    .orElse(code)).append('\n');
        }
        return fitted(text.toString().strip());
    }

    /** The whole ranking, one unit per line. */
    public String rankingSummary(Long campaignId) {
        StringBuilder text = new StringBuilder();
        for (Ranking.Place place : ranking.ranking(campaignId)) {
            text.append(line(place)).append('\n');
        }
        return fitted(text.toString().strip());
    }

    /** Camunda stores string variables of up to 4000 characters; longer texts point to the staff API instead. */
    static String fitted(String text) {
        String more = "\n… (xem đầy đủ / see all: GET /api/staff/campaigns/{id}/ranking)";
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - more.length()) + more;
    }

    public String lastRefusal(Long campaignId) {
        String comment = commendations.lastRefusalComment(campaignId);
        return comment == null ? "" : comment;
    }

    private String line(Ranking.Place place) {
        String name = directory.unit(place.unitCode()).map(Unit::nameVi).orElse(place.unitCode());
        if (!place.reported()) {
            return place.position() + ". " + name + " (" + place.unitCode() + "): chưa báo cáo / no report";
        }
        return place.position() + ". " + name + " (" + place.unitCode() + "): "
                + String.format(Locale.ROOT, "%.1f%%", place.staffRate()) + " (" + place.staffInstalled() + "/"
                + place.headcount() + ")";
    }
}
