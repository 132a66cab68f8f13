package vn.hcmc.feedback.attachment;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What is known of an attached file; its bytes are in the table attachment_content ({@link Attachments}). */
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

    @Embedded
    private FileDescription file;

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
        this.file = FileDescription.of(file);
        this.gpsLat = file.gps() == null ? null : file.gps().lat();
        this.gpsLon = file.gps() == null ? null : file.gps().lon();
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public Long getReportId() { return reportId; }
    public int getPosition() { return position; }
    public String getFileName() { return file.fileName(); }
    public String getMediaType() { return file.mediaType(); }
    public long getSizeBytes() { return file.sizeBytes(); }
    public String getSha256() { return file.sha256(); }
    public String getPublicMediaType() { return file.publicMediaType(); }
    public boolean hasPublicCopy() { return file.hasPublicCopy(); }
    public Double getGpsLat() { return gpsLat; }
    public Double getGpsLon() { return gpsLon; }
    public Instant getCreatedAt() { return createdAt; }
}
