package vn.hcmc.feedback.adoption;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A unit in the current commendation proposal (published once approved). */
@Entity
@Table(name = "adoption_commendation")
public class Commendation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;
    @Column(name = "unit_code", nullable = false, length = 100)
    private String unitCode;
    @Column(nullable = false)
    private int position;

    protected Commendation() {
    }

    public Commendation(Long campaignId, String unitCode, int position) {
        this.campaignId = campaignId;
        this.unitCode = unitCode;
        this.position = position;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public int getPosition() {
        return position;
    }
}
