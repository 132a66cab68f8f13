package vn.hcmc.feedback.answer;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.hcmc.feedback.report.ReportAnswers;

/** Gives the report views the published answer, as the feed shows it. */
@Component
class PublishedAnswers implements ReportAnswers {

    private final PublishedAnswerRepository published;
    private final AnswerFeed feed;

    PublishedAnswers(PublishedAnswerRepository published, AnswerFeed feed) {
        this.published = published;
        this.feed = feed;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Object> publishedAnswer(long reportId, boolean publicOnly) {
        return published.findByReportId(reportId).filter(a -> !publicOnly || a.isPublicFeed())
                .flatMap(a -> feed.ofReport(reportId));
    }
}
