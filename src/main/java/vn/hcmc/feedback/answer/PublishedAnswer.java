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

/**
 * A report's answer as the public (or, for a report kept out of public view, only its reporter) reads it: texts
 * already redacted, no reporter identity in any form. One per report; a new answer after a reopening replaces it.
 */
@Entity
@Table(name = "published_answer")
public class PublishedAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false, unique = true)
    private Long reportId;

    @Column(name = "tracking_code", nullable = false, length = 20)
    private String trackingCode;

    @Column(name = "proposal_id", nullable = false)
    private Long proposalId;

    /** 1 for the first publication, 2 after the first reopening... */
    @Column(nullable = false)
    private int round;

    @Column(length = 40)
    private String category;

    @Column(name = "unit_code", nullable = false, length = 60)
    private String unitCode;

    @Column(name = "ward_code", length = 60)
    private String wardCode;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AnswerOutcome outcome;

    @Column(name = "competent_body", length = 300)
    private String competentBody;

    @Column(name = "report_title", length = 300)
    private String reportTitle;

    @Column(name = "report_text", nullable = false, length = 10000)
    private String reportText;

    @Column(name = "answer_text", nullable = false, length = 12000)
    private String answerText;

    @Column(name = "answer_text_en", length = 12000)
    private String answerTextEn;

    @Column(name = "public_feed", nullable = false)
    private boolean publicFeed;

    /** The answer deadline when the answer was published: on time when published no later. */
    @Column(name = "answer_due_at")
    private Instant answerDueAt;

    protected PublishedAnswer() {
    }

    PublishedAnswer(Long reportId, String trackingCode) {
        this.reportId = reportId;
        this.trackingCode = trackingCode;
    }

    void publish(AnswerProposal proposal, int round, String category, String unitCode, String wardCode,
                 Instant receivedAt, Instant publishedAt, String reportTitle, String reportText, String answerText,
                 String answerTextEn, String competentBody, boolean publicFeed, Instant answerDueAt) {
        this.answerDueAt = answerDueAt;
        this.proposalId = proposal.getId();
        this.outcome = proposal.getOutcome();
        this.round = round;
        this.category = category;
        this.unitCode = unitCode;
        this.wardCode = wardCode;
        this.receivedAt = receivedAt;
        this.publishedAt = publishedAt;
        this.reportTitle = reportTitle;
        this.reportText = reportText;
        this.answerText = answerText;
        this.answerTextEn = answerTextEn;
        this.competentBody = competentBody;
        this.publicFeed = publicFeed;
    }

    public Long getId() { return id; }
    public Instant getAnswerDueAt() { return answerDueAt; }
    public Long getReportId() { return reportId; }
    public String getTrackingCode() { return trackingCode; }
    public Long getProposalId() { return proposalId; }
    public int getRound() { return round; }
    public String getCategory() { return category; }
    public String getUnitCode() { return unitCode; }
    public String getWardCode() { return wardCode; }
    public Instant getReceivedAt() { return receivedAt; }
    public Instant getPublishedAt() { return publishedAt; }
    public AnswerOutcome getOutcome() { return outcome; }
    public String getCompetentBody() { return competentBody; }
    public String getReportTitle() { return reportTitle; }
    public String getReportText() { return reportText; }
    public String getAnswerText() { return answerText; }
    public String getAnswerTextEn() { return answerTextEn; }
    public boolean isPublicFeed() { return publicFeed; }
}
