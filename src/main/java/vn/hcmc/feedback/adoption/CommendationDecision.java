package vn.hcmc.feedback.adoption;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The trail of proposals and approvals: who proposed which units, who approved or refused, and why. */
@Entity
@Table(name = "adoption_decision")
public class CommendationDecision {

    public enum Kind { PROPOSAL, APPROVAL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;
    @Column(name = "unit_codes", length = 4000)
    private String unitCodes;
    private Boolean approved;
    @Column(length = 2000)
    private String comment;
    @Column(name = "decided_by", nullable = false, length = 100)
    private String decidedBy;
    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected CommendationDecision() {
    }

    static CommendationDecision proposal(Long campaignId, String unitCodes, String by, Instant at) {
        CommendationDecision d = new CommendationDecision();
        d.campaignId = campaignId;
        d.kind = Kind.PROPOSAL;
        d.unitCodes = unitCodes;
        d.decidedBy = by;
        d.decidedAt = at;
        return d;
    }

    static CommendationDecision approval(Long campaignId, boolean approved, String comment, String by, Instant at) {
        CommendationDecision d = new CommendationDecision();
        d.campaignId = campaignId;
        d.kind = Kind.APPROVAL;
        d.approved = approved;
        d.comment = comment;
        d.decidedBy = by;
        d.decidedAt = at;
        return d;
    }

    public Long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public String getUnitCodes() {
        return unitCodes;
    }

    public Boolean getApproved() {
        return approved;
    }

    public String getComment() {
        return comment;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
