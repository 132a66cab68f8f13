package vn.hcmc.feedback.answer;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcmc.feedback.report.Report;
import vn.hcmc.feedback.report.ReportHistory;
import vn.hcmc.feedback.report.ReportStatus;
import vn.hcmc.feedback.system.Refusal;

/**
 * The citizen's rating of a published answer: once per publication, within the rating window after it (409
 * otherwise). Stored with the unit that answered, for the dashboards.
 */
@Service
public class AnswerRatings {

    static final int MAX_COMMENT = 2_000;

    private final AnswerRatingRepository ratings;
    private final PublishedAnswerRepository published;
    private final AnswerProperties properties;
    private final ReportHistory history;
    private final Clock clock;

    public AnswerRatings(AnswerRatingRepository ratings, PublishedAnswerRepository published,
                         AnswerProperties properties, ReportHistory history, Clock clock) {
        this.ratings = ratings;
        this.published = published;
        this.properties = properties;
        this.history = history;
        this.clock = clock;
    }

    /** 400 for a bad score or comment; nothing stored. */
    public static void check(RatingRequest request) {
        if (request == null || request.score() == null) {
            throw Refusal.invalid("score-required", "A rating needs a score from 1 to 5.");
        }
        if (request.score() < 1 || request.score() > 5) {
            throw Refusal.invalid("invalid-score", "The score must be from 1 to 5; was " + request.score()
                    + ".");
        }
        if (request.comment() != null && request.comment().length() > MAX_COMMENT) {
            throw Refusal.invalid("comment-too-long", "The comment has " + request.comment().length()
                    + " characters; at most " + MAX_COMMENT + " are accepted.");
        }
    }

    /** Stores the rating of the report's current publication (409 when not answered, too late, or rated). */
    @Transactional
    public AnswerRating rate(Report report, RatingRequest request) {
        check(request);
        PublishedAnswer answer = published.findByReportId(report.getId())
                .filter(a -> report.getStatus() == ReportStatus.ANSWERED)
                .orElseThrow(() -> Refusal.conflict("not-ratable", "Report " + report.getTrackingCode()
                        + " has no published answer waiting for a rating."));
        if (ratings.findByReportIdAndRound(report.getId(), answer.getRound()).isPresent()) {
            throw Refusal.conflict("already-rated", "The answer to report " + report.getTrackingCode()
                    + " has already been rated.");
        }
        if (clock.instant().isAfter(answer.getPublishedAt().plus(properties.ratingWindow()))) {
            throw Refusal.conflict("rating-window-closed", "Answers can be rated within "
                    + properties.ratingWindow().toDays() + " days of publication; this one was published at "
                    + answer.getPublishedAt() + ".");
        }
        String comment = request.comment() == null || request.comment().isBlank() ? null : request.comment().strip();
        AnswerRating rating = ratings.saveAndFlush(new AnswerRating(report.getId(), answer.getRound(),
                answer.getUnitCode(), request.score(), comment, clock.instant()));
        history.record(report.getId(), "rated", ReportHistory.CITIZEN, "score " + request.score()
                + (comment == null ? "" : ": " + comment));
        return rating;
    }

    public boolean isLow(int score) {
        return score <= properties.lowScore();
    }

    @Transactional(readOnly = true)
    public List<AnswerRating> of(long reportId) {
        return ratings.findByReportIdOrderByRoundAsc(reportId);
    }

    /** How many low ratings the report has had (the first reopens, a later one goes to review). */
    @Transactional(readOnly = true)
    public long lowRatings(long reportId) {
        return of(reportId).stream().filter(r -> isLow(r.getScore())).count();
    }
}
