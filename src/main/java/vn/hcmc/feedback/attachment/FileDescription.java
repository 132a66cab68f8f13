package vn.hcmc.feedback.attachment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What is stored about an inspected file, whoever attached it: its name as sent (at most 255 characters), its
 * detected type, size and SHA-256, and the type of its metadata-free public copy (null when there is none, and then
 * nothing of the file is ever shown publicly). Embedded in {@link ReportAttachment} and in the answer's evidence,
 * whose tables have the same five columns; where the bytes are kept differs (see {@link Attachments}).
 */
@Embeddable
public class FileDescription {

    static final int MAX_FILE_NAME = 255;

    @Column(name = "file_name", length = MAX_FILE_NAME)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "public_media_type", length = 100)
    private String publicMediaType;

    protected FileDescription() {
    }

    private FileDescription(InspectedFile file) {
        this.fileName = file.fileName() == null || file.fileName().length() <= MAX_FILE_NAME ? file.fileName()
                : file.fileName().substring(0, MAX_FILE_NAME);
        this.mediaType = file.mediaType();
        this.sizeBytes = file.content().length;
        this.sha256 = file.sha256();
        this.publicMediaType = file.publicCopy() == null ? null : file.publicMediaType();
    }

    public static FileDescription of(InspectedFile file) {
        return new FileDescription(file);
    }

    public boolean isPhoto() { return mediaType.startsWith("image/"); }
    public boolean hasPublicCopy() { return publicMediaType != null; }

    public String fileName() { return fileName; }
    public String mediaType() { return mediaType; }
    public long sizeBytes() { return sizeBytes; }
    public String sha256() { return sha256; }
    public String publicMediaType() { return publicMediaType; }
}
