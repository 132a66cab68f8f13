package vn.hcmc.feedback.report;

import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps a report's acceptance and answer deadlines in its row, as the engine sets them (the SLA policy at the start
 * of handling) and moves them (an extension, the end of an information pause, a holiday reload), so that "overdue
 * now" and "answered on time" are indexed SQL over the project's tables.
 */
@Service
public class ReportDueDates {

    private final ReportRepository reports;

    ReportDueDates(ReportRepository reports) {
        this.reports = reports;
    }

    @Transactional
    public void scheduled(long reportId, Instant acceptDueAt, Instant answerDueAt) {
        reports.findById(reportId).ifPresent(report -> report.scheduled(acceptDueAt, answerDueAt));
    }
}
