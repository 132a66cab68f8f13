package vn.hcmc.feedback.handling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One information request to the citizen and, once given, the citizen's answer. */
@Entity
@Table(name = "report_information")
public class ReportInformation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false)
    private Long reportId;

    @Column(name = "round_no", nullable = false)
    private int round;

    @Column(nullable = false, length = 2000)
    private String question;

    @Column(name = "answer_text", length = 5000)
    private String answerText;

    @Column(name = "asked_at", nullable = false)
    private Instant askedAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected ReportInformation() {
    }

    ReportInformation(Long reportId, int round, String question, Instant askedAt) {
        this.reportId = reportId;
        this.round = round;
        this.question = question;
        this.askedAt = askedAt;
    }

    void answer(String text, Instant at) {
        this.answerText = text;
        this.answeredAt = at;
    }

    public boolean isAnswered() {
        return answeredAt != null;
    }

    public Long getId() { return id; }
    public Long getReportId() { return reportId; }
    public int getRound() { return round; }
    public String getQuestion() { return question; }
    public String getAnswerText() { return answerText; }
    public Instant getAskedAt() { return askedAt; }
    public Instant getAnsweredAt() { return answeredAt; }
}
