package vn.hcmc.feedback.answer;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
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

    @Column(name = "file_name", length = 255)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] original;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "public_copy")
    private byte[] publicCopy;

    @Column(name = "public_media_type", length = 100)
    private String publicMediaType;

    protected AnswerEvidence() {
    }

    AnswerEvidence(Long proposalId, int position, InspectedFile file) {
        this.proposalId = proposalId;
        this.position = position;
        this.fileName = file.fileName() == null ? null
                : file.fileName().length() <= 255 ? file.fileName() : file.fileName().substring(0, 255);
        this.mediaType = file.mediaType();
        this.sizeBytes = file.content().length;
        this.sha256 = file.sha256();
        this.original = file.content();
        this.publicCopy = file.publicCopy();
        this.publicMediaType = file.publicCopy() == null ? null : file.publicMediaType();
    }

    public boolean isPhoto() {
        return mediaType.startsWith("image/");
    }

    public boolean hasPublicCopy() {
        return publicMediaType != null;
    }

    public Long getId() { return id; }
    public Long getProposalId() { return proposalId; }
    public int getPosition() { return position; }
    public String getFileName() { return fileName; }
    public String getMediaType() { return mediaType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public byte[] getOriginal() { return original; }
    public byte[] getPublicCopy() { return publicCopy; }
    public String getPublicMediaType() { return publicMediaType; }
}
