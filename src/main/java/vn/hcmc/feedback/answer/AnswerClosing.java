package vn.hcmc.feedback.answer;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcmc.feedback.report.Report;
import vn.hcmc.feedback.report.ReportHistory;
import vn.hcmc.feedback.report.ReportRepository;
import vn.hcmc.feedback.report.ReportStatus;
import vn.hcmc.feedback.report.process.ReportRatingProcess;

/**
 * After the citizen's rating (or its absence): what happens next, reopening, the inspectorate's review, closing.
 * The decisions are read from the stored ratings, so a retried step decides the same way.
 */
@Service
public class AnswerClosing {

    private final ReportRepository reports;
    private final AnswerRatings ratings;
    private final ReportHistory history;
    private final Clock clock;

    public AnswerClosing(ReportRepository reports, AnswerRatings ratings, ReportHistory history, Clock clock) {
        this.reports = reports;
        this.ratings = ratings;
        this.history = history;
        this.clock = clock;
    }

    /** "close" for a satisfied rating, "reopen" for the first low rating, "review" for any later one. */
    @Transactional(readOnly = true)
    public String afterRating(long reportId, int score) {
        if (!ratings.isLow(score)) {
            return ReportRatingProcess.OUTCOME_CLOSE;
        }
        return ratings.lowRatings(reportId) <= 1 ? ReportRatingProcess.OUTCOME_REOPEN : ReportRatingProcess.OUTCOME_REVIEW;
    }

    /** The inspectorate's review of a second low rating: close or reopen, with a comment. */
    @Transactional
    public void reviewed(long reportId, String decision, String comment, String inspector) {
        history.record(reportId, "rating-reviewed", inspector, decision + (comment == null || comment.isBlank()
                ? "" : ": " + comment.strip()));
    }

    /** Back to the same unit; the citizen's comment goes on the unit's task. */
    @Transactional
    public void reopen(long reportId, String actor) {
        Report report = report(reportId);
        report.moveTo(ReportStatus.REOPENED, clock.instant());
        history.record(reportId, "reopened", actor, lastRating(reportId)
                .map(r -> "score " + r.getScore() + (r.getComment() == null ? "" : ": " + r.getComment()))
                .orElse(null));
    }

    /** Why the report closes: from its last rating (none in the window, satisfied, or low and reviewed). */
    @Transactional(readOnly = true)
    public AnswerMails.Closing reasonOf(long reportId, int round) {
        Optional<AnswerRating> rating = ratings.of(reportId).stream().filter(r -> r.getRound() == round).findFirst();
        if (rating.isEmpty()) {
            return AnswerMails.Closing.UNRATED;
        }
        return ratings.isLow(rating.get().getScore()) ? AnswerMails.Closing.REVIEWED : AnswerMails.Closing.RATED;
    }

    @Transactional
    public void close(long reportId, int round) {
        Report report = report(reportId);
        if (report.getStatus() == ReportStatus.CLOSED) {
            return;
        }
        report.moveTo(ReportStatus.CLOSED, clock.instant());
        history.record(reportId, "closed", ReportHistory.SYSTEM, reasonOf(reportId, round).name().toLowerCase());
    }

    /** The citizen's comment of the rating that reopened the report, for the unit's task. */
    @Transactional(readOnly = true)
    public Optional<AnswerRating> lastRating(long reportId) {
        var all = ratings.of(reportId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    private Report report(long reportId) {
        return reports.findById(reportId).orElseThrow(() -> new IllegalArgumentException("No report " + reportId));
    }
}
