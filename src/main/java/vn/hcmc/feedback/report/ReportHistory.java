package vn.hcmc.feedback.report;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A report's history: each step is one row, written in the transaction of the step itself (so a rolled-back step
 * leaves no trace). Event names are lower-case words with hyphens, e.g. {@code received}, {@code routed},
 * {@code information-requested}, {@code escalated-level-1}, {@code answer-published}. Each row keeps the unit the
 * report was with at that step, for the managers' figures.
 */
@Service
public class ReportHistory {

    public static final String SYSTEM = "system";
    public static final String CITIZEN = "citizen";

    private final ReportEventRepository events;
    private final ReportRepository reports;
    private final Clock clock;

    public ReportHistory(ReportEventRepository events, ReportRepository reports, Clock clock) {
        this.events = events;
        this.reports = reports;
        this.clock = clock;
    }

    @Transactional
    public ReportEvent record(long reportId, String event, String actor, String detail) {
        return recordAt(reportId, event, actor, detail, clock.instant());
    }

    /** A step that happened at an earlier instant than the transaction that records it. */
    @Transactional
    public ReportEvent recordAt(long reportId, String event, String actor, String detail, Instant occurredAt) {
        String shortDetail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 1997) + "...";
        String unitCode = reports.findById(reportId).map(Report::getUnitCode).orElse(null);
        return events.save(new ReportEvent(reportId, event, actor == null ? SYSTEM : actor, shortDetail, occurredAt,
                unitCode));
    }

    @Transactional(readOnly = true)
    public List<ReportEvent> of(long reportId) {
        return events.findByReportIdOrderByOccurredAtAscIdAsc(reportId);
    }

    @Transactional(readOnly = true)
    public long count(long reportId, String event) {
        return events.countByReportIdAndEvent(reportId, event);
    }
}
