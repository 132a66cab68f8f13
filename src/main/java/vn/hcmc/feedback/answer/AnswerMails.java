package vn.hcmc.feedback.answer;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcmc.feedback.report.ReporterMails;

/**
 * The mails of the answer half, through {@link ReporterMails} (once per report, event, round and recipient): the
 * published answer (to the reporter and every follower from duplicates), the reopening, the closing.
 */
@Service
public class AnswerMails {

    public enum Closing {
        /** Rated 3 or more. */
        RATED("Cảm ơn Quý vị đã đánh giá trả lời.", "Thank you for rating the answer."),
        /** No rating within the window. */
        UNRATED("Thời hạn đánh giá trả lời đã kết thúc.", "The time to rate the answer has ended."),
        /** Closed by the city inspectorate after a second low rating. */
        REVIEWED("Thanh tra thành phố đã xem xét đánh giá của Quý vị và kết thúc phản ánh.",
                "The city inspectorate reviewed your rating and closed the report.");

        private final String vi;
        private final String en;

        Closing(String vi, String en) {
            this.vi = vi;
            this.en = en;
        }
    }

    private final ReporterMails mails;
    private final AnswerPublication publication;
    private final AnswerProperties properties;

    public AnswerMails(ReporterMails mails, AnswerPublication publication, AnswerProperties properties) {
        this.mails = mails;
        this.publication = publication;
        this.properties = properties;
    }

    @Transactional(readOnly = true)
    public int answerPublished(long reportId, int round) {
        PublishedAnswer answer = publication.of(reportId).orElseThrow(() ->
                new IllegalStateException("Report " + reportId + " has no published answer"));
        Map<String, Object> values = new HashMap<>();
        values.put("outcomeVi", answer.getOutcome().nameVi());
        values.put("outcomeEn", answer.getOutcome().nameEn());
        values.put("answer", answer.getAnswerText());
        values.put("answerEn", answer.getAnswerTextEn() != null ? answer.getAnswerTextEn() : answer.getAnswerText());
        values.put("ratingDays", properties.ratingWindow().toDays());
        String publicTitle = answer.getReportTitle() != null && !answer.getReportTitle().isBlank()
                ? answer.getReportTitle() : answer.getReportText();
        if (publicTitle != null) {
            values.put(ReporterMails.PUBLIC_TITLE, ReporterMails.abbreviate(publicTitle));
        }
        return mails.send(reportId, "answer-published", String.valueOf(round), true, values);
    }

    public int reopened(long reportId, int round) {
        return mails.send(reportId, "reopened", String.valueOf(round), false, Map.of());
    }

    public int closed(long reportId, Closing closing) {
        return mails.send(reportId, "closed", "1", false,
                Map.of("closingReasonVi", closing.vi, "closingReasonEn", closing.en));
    }
}
