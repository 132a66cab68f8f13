package vn.hcmc.feedback.attachment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What is known of an attached file; its bytes are in {@link AttachmentContent}. */
@Entity
@Table(name = "report_attachment")
public class ReportAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false)
    private Long reportId;

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

    /** Type of the metadata-free public copy; null when there is none (never shown publicly). */
    @Column(name = "public_media_type", length = 100)
    private String publicMediaType;

    @Column(name = "gps_lat")
    private Double gpsLat;

    @Column(name = "gps_lon")
    private Double gpsLon;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ReportAttachment() {
    }

    ReportAttachment(Long reportId, int position, InspectedFile file, Instant createdAt) {
        this.reportId = reportId;
        this.position = position;
        this.fileName = file.fileName() == null ? null : truncate(file.fileName(), 255);
        this.mediaType = file.mediaType();
        this.sizeBytes = file.content().length;
        this.sha256 = file.sha256();
        this.publicMediaType = file.publicCopy() == null ? null : file.publicMediaType();
        this.gpsLat = file.gps() == null ? null : file.gps().lat();
        this.gpsLon = file.gps() == null ? null : file.gps().lon();
        this.createdAt = createdAt;
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    public Long getId() { return id; }
    public Long getReportId() { return reportId; }
    public int getPosition() { return position; }
    public String getFileName() { return fileName; }
    public String getMediaType() { return mediaType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public String getPublicMediaType() { return publicMediaType; }
    public boolean hasPublicCopy() { return publicMediaType != null; }
    public Double getGpsLat() { return gpsLat; }
    public Double getGpsLon() { return gpsLon; }
    public Instant getCreatedAt() { return createdAt; }
}
