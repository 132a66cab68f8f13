package vn.hcmc.feedback.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcmc.feedback.attachment.Attachments;
import vn.hcmc.feedback.directory.Category;
import vn.hcmc.feedback.directory.Unit;
import vn.hcmc.feedback.directory.UnitDirectory;
import vn.hcmc.feedback.triage.AutomaticTriage;
import vn.hcmc.feedback.triage.TriageInput;
import vn.hcmc.feedback.triage.TriageOutcome;

/**
 * The report's side of triage: runs automatic triage over the stored report, adds what only the report knows
 * (the per-contact rate limit, a category that a person must place), checks for duplicates and records the
 * triage desk's decision. Knows nothing of the engine.
 */
@Service
public class ReportTriage {

    public static final String LOW_CONFIDENCE = "low-confidence";
    public static final String WARD_UNKNOWN = "ward-unknown";
    public static final String SPAM_SUSPECTED = "spam-suspected";
    public static final String COMPLAINT = "complaint-or-denunciation";
    /** The category is one a person places (e.g. "other"). */
    public static final String CATEGORY_NEEDS_PERSON = "category-needs-person";

    private static final double METERS_PER_DEGREE_LAT = 111_320.0;

    private final ReportRepository reports;
    private final ReportFollowerRepository followers;
    private final AutomaticTriage automaticTriage;
    private final UnitDirectory directory;
    private final double duplicateDistanceMeters;
    private final Duration duplicateWindow;
    private final int maxReportsPerContactPerHour;
    private final ReportHistory history;
    private final Attachments attachments;
    private final Clock clock;

    public ReportTriage(ReportRepository reports, ReportFollowerRepository followers, AutomaticTriage automaticTriage,
                        UnitDirectory directory, ReportHistory history, Attachments attachments, Clock clock,
                        @Value("${feedback.triage.duplicate-distance-meters:50}") double duplicateDistanceMeters,
                        @Value("${feedback.triage.duplicate-window:P7D}") Duration duplicateWindow,
                        @Value("${feedback.triage.max-reports-per-contact-per-hour:5}") int maxReportsPerContactPerHour) {
        this.reports = reports;
        this.followers = followers;
        this.automaticTriage = automaticTriage;
        this.directory = directory;
        this.duplicateDistanceMeters = duplicateDistanceMeters;
        this.duplicateWindow = duplicateWindow;
        this.maxReportsPerContactPerHour = maxReportsPerContactPerHour;
        this.history = history;
        this.attachments = attachments;
        this.clock = clock;
    }

    /**
     * What automatic triage decided about the report (its id): the category, URGENT or no priority yet, and whether a
     * person must look.
     */
    public record Automatic(long reportId, String category, Priority priority, boolean manual,
                            List<String> manualReasons) {
    }

    /**
     * Triages the report with this tracking code (the process's business key). Being the first step after the
     * request, it also writes the history's first row, {@code received}, at the instant of receipt.
     */
    @Transactional
    public Automatic triage(String trackingCode) {
        Report report = reports.findByTrackingCode(trackingCode)
                .orElseThrow(() -> new IllegalStateException("No report has the tracking code " + trackingCode));
        long reportId = report.getId();
        long files = attachments.countOf(reportId);
        history.recordAt(reportId, "received", ReportHistory.CITIZEN, files == 0 ? null : files + " file(s)",
                report.getReceivedAt());
        TriageOutcome outcome = automaticTriage.triage(new TriageInput(report.getTitle(), report.getDescription(),
                report.getAttachmentText(), report.getCitizenCategory(), report.getAddress()),
                report.getWardCode(), report.getLat(), report.getLon());
        List<String> reasons = new ArrayList<>(outcome.manualReasons());
        if (report.getContactKey() != null && reports.countByContactKeyAndReceivedAtBetween(report.getContactKey(),
                report.getReceivedAt().minus(Duration.ofHours(1)), report.getReceivedAt())
                > maxReportsPerContactPerHour) {
            report.markContactFlood();
        }
        if (report.isContactFlood()) {
            addOnce(reasons, SPAM_SUSPECTED);
        }
        Optional<Category> category = directory.category(outcome.category());
        if (category.isEmpty() || category.get().decidedByTriage()) {
            addOnce(reasons, CATEGORY_NEEDS_PERSON);
        }
        if (category.isPresent() && category.get().answeredByWard() && outcome.ward().isEmpty()) {
            addOnce(reasons, WARD_UNKNOWN);
        }
        String wardCode = outcome.ward().map(Unit::code).orElse(null);
        report.triaged(outcome.category(), outcome.confidence(), outcome.urgent(), wardCode, reasons, clock.instant());
        history.record(reportId, "triaged", ReportHistory.SYSTEM, (reasons.isEmpty() ? "AUTO " : "MANUAL needed ("
                + String.join(",", reasons) + ") ") + outcome.category());
        return new Automatic(reportId, outcome.category(), outcome.urgent() ? Priority.URGENT : null,
                !reasons.isEmpty(), List.copyOf(reasons));
    }

    /**
     * Whether an open report of the same category was received within the window and the distance. If so, this
     * report becomes its duplicate, its reporter a follower of the original, and the original's tracking code is
     * returned. Spam, complaints and reports whose category is unsure are never duplicates.
     */
    @Transactional
    public Optional<String> markIfDuplicate(Long reportId) {
        Report report = report(reportId);
        List<String> reasons = report.manualReasonList();
        if (report.getCategory() == null || report.getLat() == null || reasons.contains(SPAM_SUSPECTED)
                || reasons.contains(COMPLAINT) || reasons.contains(LOW_CONFIDENCE)
                || reasons.contains(CATEGORY_NEEDS_PERSON)) {
            return Optional.empty();
        }
        double lat = report.getLat();
        double lon = report.getLon();
        double dLat = duplicateDistanceMeters / METERS_PER_DEGREE_LAT;
        double dLon = duplicateDistanceMeters / (METERS_PER_DEGREE_LAT * Math.max(0.01, Math.cos(Math.toRadians(lat))));
        Instant since = report.getReceivedAt().minus(duplicateWindow);
        Optional<Report> original = reports.findDuplicateCandidates(report.getCategory(), since,
                        ReportStatus.OPEN, report.getId(),
                        lat - dLat, lat + dLat, lon - dLon, lon + dLon).stream()
                .filter(r -> r.getReceivedAt().isBefore(report.getReceivedAt())
                        || (r.getReceivedAt().equals(report.getReceivedAt()) && r.getId() < report.getId()))
                .filter(r -> distanceMeters(lat, lon, r.getLat(), r.getLon()) <= duplicateDistanceMeters)
                .min(Comparator.comparingDouble(r -> distanceMeters(lat, lon, r.getLat(), r.getLon())));
        original.ifPresent(o -> {
            Instant now = clock.instant();
            report.markDuplicateOf(o, now);
            if (!followers.existsByReportIdAndFollowerReportId(o.getId(), report.getId())) {
                followers.save(new ReportFollower(o.getId(), report.getId(), now));
            }
        });
        return original.map(Report::getTrackingCode);
    }

    /** The kind of place the report is in, for the routing table: WARD, COMMUNE, SPECIAL_ZONE or UNKNOWN. */
    @Transactional(readOnly = true)
    public String placeKind(Long reportId) {
        return directory.unit(report(reportId).getLocatedWardCode()).map(u -> u.kind().name()).orElse("UNKNOWN");
    }

    @Transactional(readOnly = true)
    public boolean isRejected(Long reportId) {
        return report(reportId).getStatus() == ReportStatus.REJECTED;
    }

    public static double distanceMeters(double lat1, double lon1, double lat2, double lon2) {
        double r = 6_371_000.0;
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = Math.toRadians(lat2 - lat1);
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * r * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }

    private Report report(Long reportId) {
        return reports.findById(reportId)
                .orElseThrow(() -> new IllegalStateException("Report " + reportId + " does not exist"));
    }

    private static void addOnce(List<String> reasons, String reason) {
        if (!reasons.contains(reason)) {
            reasons.add(reason);
        }
    }
}
