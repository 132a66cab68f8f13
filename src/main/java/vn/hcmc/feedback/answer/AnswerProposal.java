package vn.hcmc.feedback.answer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One version of a unit's answer to a report, and what the unit's leader decided about it. */
@Entity
@Table(name = "answer_proposal")
public class AnswerProposal {

    public enum Decision { APPROVED, RETURNED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false)
    private Long reportId;

    @Column(nullable = false)
    private int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AnswerOutcome outcome;

    @Column(name = "text_vi", nullable = false, length = 10000)
    private String textVi;

    @Column(name = "text_en", length = 10000)
    private String textEn;

    @Column(name = "competent_body", length = 300)
    private String competentBody;

    @Column(name = "proposed_by", nullable = false, length = 100)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Decision decision;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_comment", length = 2000)
    private String decisionComment;

    protected AnswerProposal() {
    }

    AnswerProposal(Long reportId, int version, AnswerOutcome outcome, String textVi, String textEn,
                   String competentBody, String proposedBy, Instant proposedAt) {
        this.reportId = reportId;
        this.version = version;
        this.outcome = outcome;
        this.textVi = textVi;
        this.textEn = textEn;
        this.competentBody = competentBody;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
    }

    void decide(boolean approved, String by, String comment, Instant at) {
        this.decision = approved ? Decision.APPROVED : Decision.RETURNED;
        this.decidedBy = by;
        this.decisionComment = comment;
        this.decidedAt = at;
    }

    public boolean isUndecided() {
        return decision == null;
    }

    public Long getId() { return id; }
    public Long getReportId() { return reportId; }
    public int getVersion() { return version; }
    public AnswerOutcome getOutcome() { return outcome; }
    public String getTextVi() { return textVi; }
    public String getTextEn() { return textEn; }
    public String getCompetentBody() { return competentBody; }
    public String getProposedBy() { return proposedBy; }
    public Instant getProposedAt() { return proposedAt; }
    public Decision getDecision() { return decision; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecisionComment() { return decisionComment; }
}
