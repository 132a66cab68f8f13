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
import vn.hcmc.feedback.attachment.FileDescription;
import vn.hcmc.feedback.attachment.InspectedFile;

/** A file the unit attached to a proposed answer, inspected as at intake; only its public copy is ever shown. */
@Entity
@Table(name = "answer_evidence")
public class AnswerEvidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "proposal_id", nullable = false)
    private Long proposalId;

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

    AnswerEvidence(Long proposalId, int position, InspectedFile file) {
        this.proposalId = proposalId;
        this.position = position;
        this.file = FileDescription.of(file);
        this.original = file.content();
        this.publicCopy = file.publicCopy();
    }

    public boolean isPhoto() { return file.isPhoto(); }
    public boolean hasPublicCopy() { return file.hasPublicCopy(); }

    public Long getId() { return id; }
    public Long getProposalId() { return proposalId; }
    public int getPosition() { return position; }
    public String getFileName() { return file.fileName(); }
    public String getMediaType() { return file.mediaType(); }
    public long getSizeBytes() { return file.sizeBytes(); }
    public String getSha256() { return file.sha256(); }
    public byte[] getOriginal() { return original; }
    public byte[] getPublicCopy() { return publicCopy; }
    public String getPublicMediaType() { return file.publicMediaType(); }
}
