package vn.hcmc.feedback.report;

import java.time.Clock;
import java.util.Arrays;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcmc.feedback.directory.Category;
import vn.hcmc.feedback.directory.UnitDirectory;

/** Records what a triage officer decided: route (category, priority, optionally the unit) or reject. */
@Service
public class TriageDesk {

    public static final String ROUTE = "ROUTE";
    public static final String REJECT = "REJECT";

    private final ReportRepository reports;
    private final UnitDirectory directory;
    private final ReportHistory history;
    private final Clock clock;

    public TriageDesk(ReportRepository reports, UnitDirectory directory, ReportHistory history, Clock clock) {
        this.reports = reports;
        this.directory = directory;
        this.history = history;
        this.clock = clock;
    }

    /** The officer's form, as submitted. */
    public record Decision(String decision, String category, String priority, String unitCode, String rejectReason,
                           String rejectNote) {
    }

    /** The routing decision to continue with (category, priority, unit or null for the table), or rejected. */
    public record Result(boolean rejected, String category, Priority priority, String unitCode) {
    }

    /**
     * @param officer the official who completed the triage task (recorded in the history, not their group)
     * @throws IllegalArgumentException with a message for the officer when the form is incomplete
     */
    @Transactional
    public Result decide(Long reportId, Decision d, String officer) {
        Report report = reports.findById(reportId)
                .orElseThrow(() -> new IllegalStateException("Report " + reportId + " does not exist"));
        if (REJECT.equals(d.decision())) {
            RejectionReason reason = parse(RejectionReason.class, d.rejectReason(),
                    "Chọn lý do từ chối / choose a rejection reason");
            String note = blankToNull(d.rejectNote());
            if (note != null && note.length() > 2000) {
                throw new IllegalArgumentException("Ghi chú tối đa 2000 ký tự / the note has at most 2000 characters");
            }
            report.reject(reason, note, clock.instant());
            history.record(reportId, "rejected", officer, reason.name());
            return new Result(true, report.getCategory(), report.getPriority(), null);
        }
        if (!ROUTE.equals(d.decision())) {
            throw new IllegalArgumentException("Chọn chuyển xử lý hoặc từ chối / choose ROUTE or REJECT");
        }
        Category category = directory.category(d.category()).orElseThrow(() -> new IllegalArgumentException(
                "Chọn lĩnh vực / choose a valid category (got " + d.category() + ")"));
        Priority priority = d.priority() == null || d.priority().isBlank() ? null
                : parse(Priority.class, d.priority(), "Chọn mức ưu tiên / choose a priority");
        String unit = blankToNull(d.unitCode());
        if (unit != null && !directory.isUnit(unit)) {
            throw new IllegalArgumentException("Đơn vị không tồn tại / unknown unit " + unit);
        }
        boolean wardKnown = report.getLocatedWardCode() != null || report.getWardCode() != null;
        if (unit == null && (category.decidedByTriage() || (category.answeredByWard() && !wardKnown))) {
            throw new IllegalArgumentException("Chọn đơn vị xử lý / choose the unit: the category "
                    + category.code() + " cannot be routed by the table for this report");
        }
        report.triagedByOfficer(category.code(), priority, clock.instant());
        history.record(reportId, "triaged", officer, "MANUAL " + category.code()
                + (unit == null ? "" : " → " + unit));
        return new Result(false, category.code(), priority, unit);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String message) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(message));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
