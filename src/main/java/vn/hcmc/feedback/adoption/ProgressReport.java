package vn.hcmc.feedback.adoption;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One unit's figures for one reporting period. */
@Entity
@Table(name = "adoption_progress_report")
public class ProgressReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;
    @Column(name = "unit_code", nullable = false, length = 100)
    private String unitCode;
    @Column(name = "period_no", nullable = false)
    private int periodNo;
    @Column(nullable = false)
    private int headcount;
    @Column(name = "staff_installed", nullable = false)
    private int staffInstalled;
    @Column(name = "residents_reached", nullable = false)
    private long residentsReached;
    @Column(length = 1000)
    private String note;
    @Column(name = "reported_by", nullable = false, length = 100)
    private String reportedBy;
    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    protected ProgressReport() {
    }

    public ProgressReport(Long campaignId, String unitCode, int periodNo, ProgressFigures figures, String reportedBy,
                          Instant reportedAt) {
        this.campaignId = campaignId;
        this.unitCode = unitCode;
        this.periodNo = periodNo;
        this.headcount = figures.headcount();
        this.staffInstalled = figures.staffInstalled();
        this.residentsReached = figures.residentsReached();
        this.note = figures.note();
        this.reportedBy = reportedBy;
        this.reportedAt = reportedAt;
    }

    /** Share of the unit's staff who installed the app, in percent. */
    public double staffRate() {
        return headcount == 0 ? 0 : staffInstalled * 100.0 / headcount;
    }

    public Long getId() {
        return id;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public int getPeriodNo() {
        return periodNo;
    }

    public int getHeadcount() {
        return headcount;
    }

    public int getStaffInstalled() {
        return staffInstalled;
    }

    public long getResidentsReached() {
        return residentsReached;
    }

    public String getNote() {
        return note;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }
}
