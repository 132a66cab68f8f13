package vn.hcmc.feedback.attachment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an attachment: the private original and the metadata-free public copy. */
@Entity
@Table(name = "attachment_content")
public class AttachmentContent {

    @Id
    @Column(name = "attachment_id")
    private Long attachmentId;

    @Column(nullable = false)
    private byte[] original;

    @Column(name = "public_copy")
    private byte[] publicCopy;

    protected AttachmentContent() {
    }

    AttachmentContent(Long attachmentId, byte[] original, byte[] publicCopy) {
        this.attachmentId = attachmentId;
        this.original = original;
        this.publicCopy = publicCopy;
    }

    public Long getAttachmentId() { return attachmentId; }
    public byte[] getOriginal() { return original; }
    public byte[] getPublicCopy() { return publicCopy; }
}
