package vn.hcmc.feedback.adoption;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcmc.feedback.system.Refusal;

/**
 * The commendations after the ranking: the owners' proposal (drafted from the top of the ranking), the city
 * leaders' approval or refusal with a comment, and the trail of both.
 */
@Service
@Transactional
public class Commendations {

    private final CommendationRepository commendations;
    private final CommendationDecisionRepository decisions;
    private final CampaignRepository campaignsForUpdate;
    private final Campaigns campaigns;
    private final CampaignRanking ranking;
    private final Clock clock;

    public Commendations(CommendationRepository commendations, CommendationDecisionRepository decisions,
                         CampaignRepository campaignsForUpdate, Campaigns campaigns, CampaignRanking ranking,
                         Clock clock) {
        this.commendations = commendations;
        this.decisions = decisions;
        this.campaignsForUpdate = campaignsForUpdate;
        this.campaigns = campaigns;
        this.ranking = ranking;
        this.clock = clock;
    }

    /** The units the proposal form starts from: the current proposal, or the top of the ranking. */
    @Transactional(readOnly = true)
    public List<String> proposalDraft(Long campaignId) {
        List<Commendation> current = commendations.findByCampaignIdOrderByPosition(campaignId);
        if (!current.isEmpty()) {
            return current.stream().map(Commendation::getUnitCode).toList();
        }
        AdoptionCampaign campaign = campaigns.campaign(campaignId);
        return ranking.ranking(campaignId).stream().filter(Ranking.Place::reported)
                .limit(campaign.getCommendCount()).map(Ranking.Place::unitCode).toList();
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
            throw Refusal.invalid("empty-proposal", "Đề xuất ít nhất một đơn vị / propose at least one unit for"
                    + " commendation.");
        }
        Set<String> participants = Set.copyOf(campaigns.unitCodes(campaignId));
        Set<String> seen = new LinkedHashSet<>();
        for (String code : unitCodes) {
            String trimmed = code == null ? "" : code.strip();
            if (!participants.contains(trimmed)) {
                throw Refusal.invalid("unit-not-in-campaign", "Đơn vị '" + trimmed + "' không tham gia chiến dịch"
                        + " / unit '" + trimmed + "' does not take part in campaign " + campaignId + ".");
            }
            if (!seen.add(trimmed)) {
                throw Refusal.invalid("duplicate-unit", "Đơn vị " + trimmed + " được đề xuất hai lần / unit "
                        + trimmed + " is proposed twice.");
            }
        }
        return List.copyOf(seen);
    }

    public void recordProposal(Long campaignId, List<String> unitCodes, String proposedBy) {
        List<String> codes = checkProposal(campaignId, unitCodes);
        AdoptionCampaign campaign = campaignsForUpdate.lockById(campaignId).orElseThrow();
        if (campaign.getStatus() != AdoptionCampaign.Status.PROPOSING) {
            throw Refusal.conflict("not-proposing", "Campaign " + campaignId + " is " + campaign.getStatus()
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
            throw Refusal.invalid("approval-missing", "Say whether the proposal is approved (approved: true) "
                    + "or refused (approved: false).");
        }
        if (!approved && (comment == null || comment.isBlank())) {
            throw Refusal.invalid("comment-required", "A refusal needs a comment saying what to change.");
        }
        if (comment != null && comment.length() > 2000) {
            throw Refusal.invalid("comment-too-long", "The comment must be at most 2000 characters.");
        }
    }

    public void recordDecision(Long campaignId, Boolean approved, String comment, String decidedBy) {
        checkDecision(approved, comment);
        AdoptionCampaign campaign = campaignsForUpdate.lockById(campaignId).orElseThrow();
        if (campaign.getStatus() != AdoptionCampaign.Status.APPROVING) {
            throw Refusal.conflict("not-approving", "Campaign " + campaignId + " is " + campaign.getStatus()
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
}
