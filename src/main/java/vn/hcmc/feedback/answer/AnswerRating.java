package vn.hcmc.feedback.answer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The citizen's score (1–5) of a published answer, one per publication round, kept per unit for dashboards. */
@Entity
@Table(name = "answer_rating")
public class AnswerRating {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false)
    private Long reportId;

    @Column(nullable = false)
    private int round;

    @Column(name = "unit_code", nullable = false, length = 60)
    private String unitCode;

    @Column(nullable = false)
    private int score;

    @Column(length = 2000)
    private String comment;

    @Column(name = "rated_at", nullable = false)
    private Instant ratedAt;

    protected AnswerRating() {
    }

    AnswerRating(Long reportId, int round, String unitCode, int score, String comment, Instant ratedAt) {
        this.reportId = reportId;
        this.round = round;
        this.unitCode = unitCode;
        this.score = score;
        this.comment = comment;
        this.ratedAt = ratedAt;
    }

    public Long getId() { return id; }
    public Long getReportId() { return reportId; }
    public int getRound() { return round; }
    public String getUnitCode() { return unitCode; }
    public int getScore() { return score; }
    public String getComment() { return comment; }
    public Instant getRatedAt() { return ratedAt; }
}
