package vn.hcmc.feedback.answer;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.hcmc.feedback.attachment.FileDescription;
import vn.hcmc.feedback.attachment.InspectedFile;

/**
 * A file the unit attached to a proposed answer, inspected as at intake; only its public copy is ever shown. Added
 * before the answer is written (in the staff report view), it is pending: it has its report and no proposal until
 * the unit proposes its answer, which takes it.
 */
@Entity
@Table(name = "answer_evidence")
public class AnswerEvidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "proposal_id")
    private Long proposalId;

    @Column(name = "report_id")
    private Long reportId;

    @Column(name = "added_by")
    private String addedBy;

    @Column(name = "added_at")
    private Instant addedAt;

    @Column(nullable = false)
    private int position;

    @Embedded
    private FileDescription file;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] original;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "public_copy")
    private byte[] publicCopy;

    protected AnswerEvidence() {
    }

    AnswerEvidence(Long reportId, Long proposalId, int position, InspectedFile file, String addedBy, Instant addedAt) {
        this.reportId = reportId;
        this.proposalId = proposalId;
        this.position = position;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
        this.file = FileDescription.of(file);
        this.original = file.content();
        this.publicCopy = file.publicCopy();
    }

    /** A pending file becomes evidence of the proposed answer, after the files sent with it. */
    void attachTo(Long proposalId, int position) {
        this.proposalId = proposalId;
        this.position = position;
    }

    public boolean isPending() { return proposalId == null; }
    public boolean isPhoto() { return file.isPhoto(); }
    public boolean hasPublicCopy() { return file.hasPublicCopy(); }

    public Long getId() { return id; }
    public Long getProposalId() { return proposalId; }
    public Long getReportId() { return reportId; }
    public String getAddedBy() { return addedBy; }
    public Instant getAddedAt() { return addedAt; }
    public int getPosition() { return position; }
    public String getFileName() { return file.fileName(); }
    public String getMediaType() { return file.mediaType(); }
    public long getSizeBytes() { return file.sizeBytes(); }
    public String getSha256() { return file.sha256(); }
    public byte[] getOriginal() { return original; }
    public byte[] getPublicCopy() { return publicCopy; }
    public String getPublicMediaType() { return file.publicMediaType(); }
}
