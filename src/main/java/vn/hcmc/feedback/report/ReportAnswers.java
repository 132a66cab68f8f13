package vn.hcmc.feedback.report;

import java.util.Optional;

/**
 * The published answer to a report, for its views (implemented by the answer feature, which depends on this
 * package and not the other way round). The value is the answer as the public feed shows it: redacted, without the
 * reporter.
 */
public interface ReportAnswers {

    /** The report's published answer; with {@code publicOnly} only one that is in the public feed. */
    Optional<Object> publishedAnswer(long reportId, boolean publicOnly);
}
