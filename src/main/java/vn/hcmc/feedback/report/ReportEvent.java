package vn.hcmc.feedback.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step in a report's history. {@code actor} is an official's id, {@code citizen} or {@code system}. */
@Entity
@Table(name = "report_event")
public class ReportEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false)
    private Long reportId;

    @Column(nullable = false, length = 40)
    private String event;

    @Column(length = 100)
    private String actor;

    @Column(length = 2000)
    private String detail;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    /** The unit the report was with when the step happened (none before routing). */
    @Column(name = "unit_code", length = 60)
    private String unitCode;

    protected ReportEvent() {
    }

    ReportEvent(Long reportId, String event, String actor, String detail, Instant occurredAt, String unitCode) {
        this.unitCode = unitCode;
        this.reportId = reportId;
        this.event = event;
        this.actor = actor;
        this.detail = detail;
        this.occurredAt = occurredAt;
    }

    public Long getId() { return id; }
    public Long getReportId() { return reportId; }
    public String getEvent() { return event; }
    public String getActor() { return actor; }
    public String getDetail() { return detail; }
    public Instant getOccurredAt() { return occurredAt; }

    public String getUnitCode() {
        return unitCode;
    }
}
