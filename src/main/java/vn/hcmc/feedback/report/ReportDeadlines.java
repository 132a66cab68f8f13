package vn.hcmc.feedback.report;

import java.util.Optional;

/** The current answer deadline of a report still being handled (implemented next to the deadline timers). */
public interface ReportDeadlines {

    /** ISO-8601 with offset, e.g. {@code 2026-03-03T17:00:00+07:00}; empty when no deadline runs. */
    Optional<String> answerDueAt(Report report);
}
