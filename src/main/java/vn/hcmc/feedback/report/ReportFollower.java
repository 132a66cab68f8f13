package vn.hcmc.feedback.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The reporter of a duplicate follows the original report (and will receive its answer). */
@Entity
@Table(name = "report_follower")
public class ReportFollower {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false)
    private Long reportId;

    @Column(name = "follower_report_id", nullable = false)
    private Long followerReportId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ReportFollower() {
    }

    public ReportFollower(Long reportId, Long followerReportId, Instant createdAt) {
        this.reportId = reportId;
        this.followerReportId = followerReportId;
        this.createdAt = createdAt;
    }

    public Long getReportId() { return reportId; }
    public Long getFollowerReportId() { return followerReportId; }
    public Instant getCreatedAt() { return createdAt; }
}
