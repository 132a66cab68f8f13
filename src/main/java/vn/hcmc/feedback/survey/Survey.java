package vn.hcmc.feedback.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A survey campaign: its design, its state and its owner. Answers and results live in their own tables. */
@Entity
@Table(name = "survey")
public class Survey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "title_vi", nullable = false, length = 300)
    private String titleVi;

    @Column(name = "title_en", length = 300)
    private String titleEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SurveyStatus status;

    @Column(name = "owner_id", nullable = false, length = 64)
    private String ownerId;

    @Column(name = "owner_unit", length = 64)
    private String ownerUnit;

    @Column(name = "approver_group", nullable = false, length = 100)
    private String approverGroup;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Anonymity anonymity;

    @Column(name = "audience_units", length = 4000)
    private String audienceUnits;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Column(nullable = false)
    private boolean extended;

    @Column(name = "closed_early", nullable = false)
    private boolean closedEarly;

    @Column(nullable = false, length = 200000)
    private String design;

    @Column(name = "review_comment", length = 2000)
    private String reviewComment;

    @Column(length = 4000)
    private String conclusion;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Version
    @Column(nullable = false)
    private long version;

    protected Survey() {
    }

    Survey(String ownerId, String ownerUnit, String approverGroup, Instant now) {
        this.ownerId = ownerId;
        this.ownerUnit = ownerUnit;
        this.approverGroup = approverGroup;
        this.status = SurveyStatus.AWAITING_APPROVAL;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void applyDesign(SurveyDesign d, String designJson, Instant now) {
        this.titleVi = d.titleVi().strip();
        this.titleEn = d.titleEn() == null ? null : d.titleEn().strip();
        this.anonymity = d.anonymity();
        this.audienceUnits = d.audience().isEmpty() ? null : "," + String.join(",", d.audience()) + ",";
        this.opensAt = d.opensAt();
        this.closesAt = d.closesAt();
        this.design = designJson;
        this.updatedAt = now;
    }

    /** Unit codes of the audience; empty for the whole city. */
    public List<String> audience() {
        return audienceUnits == null ? List.of()
                : Arrays.stream(audienceUnits.split(",")).filter(s -> !s.isEmpty()).toList();
    }

    public boolean isForUnit(String unit) {
        return audienceUnits == null || audienceUnits.contains("," + unit + ",");
    }

    void changeStatus(SurveyStatus status, Instant now) {
        this.status = status;
        this.updatedAt = now;
    }

    void approved(Instant now) {
        this.approvedAt = now;
        this.reviewComment = null;
        changeStatus(SurveyStatus.SCHEDULED, now);
    }

    void returned(String comment, Instant now) {
        this.reviewComment = comment;
        changeStatus(SurveyStatus.IN_REVISION, now);
    }

    void opened(Instant now) {
        this.openedAt = now;
        changeStatus(SurveyStatus.OPEN, now);
    }

    void extendTo(Instant newClosesAt, Instant now) {
        this.closesAt = newClosesAt;
        this.extended = true;
        this.updatedAt = now;
    }

    void markClosedEarly(Instant now) {
        this.closedEarly = true;
        this.updatedAt = now;
    }

    void closed(Instant now) {
        this.closedAt = now;
        changeStatus(SurveyStatus.CLOSED, now);
    }

    void published(String conclusion, Instant now) {
        this.conclusion = conclusion;
        this.publishedAt = now;
        changeStatus(SurveyStatus.PUBLISHED, now);
    }

    void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public Long getId() { return id; }
    public String getTitleVi() { return titleVi; }
    public String getTitleEn() { return titleEn; }
    public SurveyStatus getStatus() { return status; }
    public String getOwnerId() { return ownerId; }
    public String getOwnerUnit() { return ownerUnit; }
    public String getApproverGroup() { return approverGroup; }
    public Anonymity getAnonymity() { return anonymity; }
    public Instant getOpensAt() { return opensAt; }
    public Instant getClosesAt() { return closesAt; }
    public boolean isExtended() { return extended; }
    public boolean isClosedEarly() { return closedEarly; }
    public String getDesign() { return design; }
    public String getReviewComment() { return reviewComment; }
    public String getConclusion() { return conclusion; }
    public String getProcessInstanceId() { return processInstanceId; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Instant getApprovedAt() { return approvedAt; }
    public Instant getOpenedAt() { return openedAt; }
    public Instant getClosedAt() { return closedAt; }
    public Instant getPublishedAt() { return publishedAt; }
}
