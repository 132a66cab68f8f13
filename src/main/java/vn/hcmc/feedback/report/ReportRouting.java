package vn.hcmc.feedback.report;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcmc.feedback.directory.Category;
import vn.hcmc.feedback.directory.UnitDirectory;

/**
 * Turns the routing table's answer into the responsible unit and the priority, and records the triage desk's
 * decisions. The table says a unit code, or {@code WARD} for the ward or commune where the problem is; the
 * officer's own choice of unit, when there is one, wins. Knows nothing of the engine.
 */
@Service
public class ReportRouting {

    private final ReportRepository reports;
    private final UnitDirectory directory;
    private final ReportHistory history;
    private final Clock clock;

    public ReportRouting(ReportRepository reports, UnitDirectory directory, ReportHistory history, Clock clock) {
        this.reports = reports;
        this.directory = directory;
        this.history = history;
        this.clock = clock;
    }

    /** The routing table's row: unit kind, unit (a code, WARD or TRIAGE), priority. */
    public record Route(String unitKind, String unit, String priority) {
    }

    public record Assignment(String unitCode, Priority priority) {
    }

    /**
     * Assigns the report to its unit.
     *
     * @param chosenUnit the unit the triage desk chose, or null to follow the table
     * @throws IllegalStateException when the table gives no unit (a ward-level category without a known ward,
     *                               or a category a person must place): the process must not route it
     */
    @Transactional
    public Assignment assign(Long reportId, Route route, String chosenUnit) {
        Report report = reports.findById(reportId)
                .orElseThrow(() -> new IllegalStateException("Report " + reportId + " does not exist"));
        String unitCode = chosenUnit;
        if (unitCode == null) {
            if (route == null || route.unit() == null || Category.TRIAGE.equals(route.unit())) {
                throw new IllegalStateException("The routing table gives no unit for category "
                        + report.getCategory() + "; the triage desk must choose one");
            }
            unitCode = Category.WARD.equals(route.unit()) ? wardOf(report) : route.unit();
        }
        if (!directory.isUnit(unitCode)) {
            throw new IllegalStateException("Unit " + unitCode + " is not in units.yaml");
        }
        Priority priority = report.getPriority() != null ? report.getPriority()
                : route != null && route.priority() != null ? Priority.valueOf(route.priority()) : Priority.NORMAL;
        report.assign(unitCode, priority, clock.instant());
        history.record(reportId, "routed", ReportHistory.SYSTEM, unitCode + " (" + priority + ")");
        return new Assignment(unitCode, priority);
    }

    private static String wardOf(Report report) {
        String ward = report.getLocatedWardCode() != null ? report.getLocatedWardCode() : report.getWardCode();
        if (ward == null) {
            throw new IllegalStateException("Report " + report.getTrackingCode()
                    + " is answered by its ward, which is unknown; the triage desk must choose the unit");
        }
        return ward;
    }
}
