package vn.hcmc.feedback.adoption;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** A campaign pushing units' staff (and residents) onto the Digital Citizen app, with a deadline and periods. */
@Entity
@Table(name = "adoption_campaign")
public class AdoptionCampaign {

    /** Where the campaign stands; the process moves it, the APIs check it. */
    public enum Status { RUNNING, PROPOSING, APPROVING, PUBLISHED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, length = 200)
    private String name;
    @Column(length = 2000)
    private String description;
    @Column(name = "owner_id", nullable = false, length = 100)
    private String ownerId;
    @Column(name = "staff_target_percent", nullable = false)
    private double staffTargetPercent;
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;
    @Column(nullable = false)
    private Instant deadline;
    @Column(name = "reporting_period", nullable = false, length = 40)
    private String reportingPeriod;
    @Column(name = "commend_count", nullable = false)
    private int commendCount;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;
    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;
    @Column(name = "ranked_at")
    private Instant rankedAt;
    @Column(name = "published_at")
    private Instant publishedAt;

    protected AdoptionCampaign() {
    }

    public AdoptionCampaign(String name, String description, String ownerId, double staffTargetPercent,
                            Instant startedAt, Instant deadline, Duration reportingPeriod, int commendCount) {
        this.name = name;
        this.description = description;
        this.ownerId = ownerId;
        this.staffTargetPercent = staffTargetPercent;
        this.startedAt = startedAt;
        this.deadline = deadline;
        this.reportingPeriod = iso(reportingPeriod);
        this.commendCount = commendCount;
        this.status = Status.RUNNING;
    }

    /** P7D rather than PT168H when the period is whole days (both parse back the same). */
    static String iso(Duration period) {
        return period.toSeconds() % 86_400 == 0 ? "P" + period.toDays() + "D" : period.toString();
    }

    /** The end of reporting period {@code periodNo} (1-based): start + n periods, never after the deadline. */
    public Instant periodEnd(int periodNo) {
        Instant end = startedAt.plus(period().multipliedBy(periodNo));
        return end.isAfter(deadline) ? deadline : end;
    }

    /** The period (1-based) that contains the instant; periods start right after the previous one ends. */
    public int periodAt(Instant instant) {
        if (!instant.isAfter(startedAt)) {
            return 1;
        }
        long elapsed = Duration.between(startedAt, instant).toMillis();
        long length = period().toMillis();
        return (int) (elapsed / length) + 1;
    }

    /** The number of the last period, the one that ends at the deadline. */
    public int lastPeriod() {
        long total = Duration.between(startedAt, deadline).toMillis();
        long length = period().toMillis();
        return (int) Math.max(1, (total + length - 1) / length);
    }

    public Duration period() {
        return Duration.parse(reportingPeriod);
    }

    void ranked(Instant at) {
        this.rankedAt = at;
        this.status = Status.PROPOSING;
    }

    void proposed() {
        this.status = Status.APPROVING;
    }

    void refused() {
        this.status = Status.PROPOSING;
    }

    void published(Instant at) {
        this.publishedAt = at;
        this.status = Status.PUBLISHED;
    }

    void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getOwnerId() {
        return ownerId;
    }

    public double getStaffTargetPercent() {
        return staffTargetPercent;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getDeadline() {
        return deadline;
    }

    public String getReportingPeriod() {
        return reportingPeriod;
    }

    public int getCommendCount() {
        return commendCount;
    }

    public Status getStatus() {
        return status;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Instant getRankedAt() {
        return rankedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
