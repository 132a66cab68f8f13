package vn.hcmc.feedback.adoption;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A unit taking part in a campaign: its optional resident target and its reporting record. */
@Entity
@Table(name = "adoption_campaign_unit")
public class CampaignUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;
    @Column(name = "unit_code", nullable = false, length = 100)
    private String unitCode;
    @Column(name = "resident_target")
    private Long residentTarget;
    @Column(name = "missed_periods", nullable = false)
    private int missedPeriods;
    @Column(name = "missed_in_row", nullable = false)
    private int missedInRow;
    @Column(name = "first_reached_at")
    private Instant firstReachedAt;

    protected CampaignUnit() {
    }

    public CampaignUnit(Long campaignId, String unitCode, Long residentTarget) {
        this.campaignId = campaignId;
        this.unitCode = unitCode;
        this.residentTarget = residentTarget;
    }

    /** A period ended without a report; returns the number of periods missed in a row. */
    int missedPeriod() {
        missedPeriods++;
        missedInRow++;
        return missedInRow;
    }

    void reported(boolean targetReached, Instant at) {
        missedInRow = 0;
        if (targetReached && firstReachedAt == null) {
            firstReachedAt = at;
        }
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

    public Long getResidentTarget() {
        return residentTarget;
    }

    public int getMissedPeriods() {
        return missedPeriods;
    }

    public int getMissedInRow() {
        return missedInRow;
    }

    public Instant getFirstReachedAt() {
        return firstReachedAt;
    }
}
