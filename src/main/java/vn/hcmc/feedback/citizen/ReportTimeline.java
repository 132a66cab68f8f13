package vn.hcmc.feedback.citizen;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcmc.feedback.directory.Unit;
import vn.hcmc.feedback.directory.UnitDirectory;
import vn.hcmc.feedback.report.Report;
import vn.hcmc.feedback.report.ReportEvent;
import vn.hcmc.feedback.report.ReportHistory;
import vn.hcmc.feedback.report.ReportStatus;
import vn.hcmc.feedback.report.ReportView;
import vn.hcmc.feedback.report.ReportViews;

/**
 * A report's history as its citizen reads it: only the steps that concern them (received, triaged, routed to which
 * unit, information requested and received, answered, rated, reopened, reviewed, closed), never who did them. The
 * officials' internal steps (reminders, escalations, drafts and approvals) are left out. The public view (tracking
 * code alone) carries no text at all; the private view (with the report's token) adds the unit's question and the
 * citizen's own rating, which the citizen needs to answer and to remember.
 */
@Service
class ReportTimeline {

    /** Citizen-facing step of each history event; events not listed here are the officials' own. */
    private static final Map<String, String> STEPS = Map.ofEntries(
            Map.entry("received", "received"),
            Map.entry("triaged", "triaged"),
            Map.entry("rejected", "rejected"),
            Map.entry("routed", "routed"),
            Map.entry("accepted", "accepted"),
            Map.entry("transferred", "transferred"),
            Map.entry("information-requested", "information-requested"),
            Map.entry("information-received", "information-received"),
            Map.entry("extension-approved", "deadline-extended"),
            Map.entry("answer-published", "answered"),
            Map.entry("rated", "rated"),
            Map.entry("reopened", "reopened"),
            Map.entry("rating-reviewed", "reviewed"),
            Map.entry("closed", "closed"));

    private final ReportViews views;
    private final ReportHistory history;
    private final UnitDirectory directory;

    ReportTimeline(ReportViews views, ReportHistory history, UnitDirectory directory) {
        this.views = views;
        this.history = history;
        this.directory = directory;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Step(String step, Instant at, String unitCode, String unitNameVi, String unitNameEn, String question,
                Integer score) {
    }

    /**
     * @param openQuestion the unit's question waiting for the citizen's answer (private view only)
     * @param canRate      the published answer may be rated now (private view only; the server still decides)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Timeline(String trackingCode, boolean privateView, List<Step> steps, String openQuestion,
                    Boolean canRate) {
    }

    /** Access as {@link ReportViews#citizenView}: 404 for a private report without its token, 403 for a wrong one. */
    @Transactional(readOnly = true)
    Timeline of(String trackingCode, String token) {
        ReportView view = views.citizenView(trackingCode, token);
        boolean privateView = token != null && !token.isBlank();
        Report report = views.find(view.trackingCode());
        List<Step> steps = new ArrayList<>();
        String question = null;
        boolean ratedSinceAnswer = false;
        for (ReportEvent event : history.of(report.getId())) {
            String step = STEPS.get(event.getEvent());
            if (step == null) {
                continue;
            }
            Optional<Unit> unit = "routed".equals(step) ? unitOf(event.getDetail()) : Optional.empty();
            String eventQuestion = privateView && "information-requested".equals(step) ? event.getDetail() : null;
            Integer score = privateView && "rated".equals(step) ? score(event.getDetail()) : null;
            steps.add(new Step(step, event.getOccurredAt(), unit.map(Unit::code).orElse(null),
                    unit.map(Unit::nameVi).orElse(null), unit.map(Unit::nameEn).orElse(null), eventQuestion, score));
            switch (step) {
                case "information-requested" -> question = event.getDetail();
                case "information-received", "closed" -> question = null;
                case "answered" -> ratedSinceAnswer = false;
                case "rated" -> ratedSinceAnswer = true;
                default -> { }
            }
        }
        ReportStatus status = report.getStatus();
        return new Timeline(report.getTrackingCode(), privateView, steps,
                privateView && status == ReportStatus.AWAITING_INFORMATION ? question : null,
                privateView ? status == ReportStatus.ANSWERED && !ratedSinceAnswer : null);
    }

    /** "routed" events read {@code <unit code> (<priority>)}. */
    private Optional<Unit> unitOf(String detail) {
        if (detail == null || detail.isBlank()) {
            return Optional.empty();
        }
        return directory.unit(detail.strip().split("\\s+", 2)[0]);
    }

    /** "rated" events read {@code score <n>[: comment]}. */
    private static Integer score(String detail) {
        if (detail == null || !detail.startsWith("score ")) {
            return null;
        }
        String digits = detail.substring("score ".length()).split("\\D", 2)[0];
        return digits.isEmpty() ? null : Integer.valueOf(digits);
    }
}
