package vn.hcmc.feedback.adoption;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A unit's place in the ranking frozen at the campaign's deadline. */
@Entity
@Table(name = "adoption_ranking")
public class RankingEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;
    @Column(nullable = false)
    private int position;
    @Column(name = "unit_code", nullable = false, length = 100)
    private String unitCode;
    @Column(nullable = false)
    private boolean reported;
    private Integer headcount;
    @Column(name = "staff_installed")
    private Integer staffInstalled;
    @Column(name = "residents_reached")
    private Long residentsReached;
    @Column(name = "staff_rate")
    private Double staffRate;
    @Column(name = "first_reached_at")
    private Instant firstReachedAt;

    protected RankingEntry() {
    }

    public RankingEntry(Long campaignId, Ranking.Place place) {
        this.campaignId = campaignId;
        this.position = place.position();
        this.unitCode = place.unitCode();
        this.reported = place.reported();
        this.headcount = place.headcount();
        this.staffInstalled = place.staffInstalled();
        this.residentsReached = place.residentsReached();
        this.staffRate = place.staffRate();
        this.firstReachedAt = place.firstReachedAt();
    }

    public Ranking.Place toPlace() {
        return new Ranking.Place(position, unitCode, reported, headcount, staffInstalled, residentsReached, staffRate,
                firstReachedAt);
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public int getPosition() {
        return position;
    }

    public String getUnitCode() {
        return unitCode;
    }
}
