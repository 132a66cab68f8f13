package vn.hcmc.feedback.report;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcmc.feedback.attachment.Attachments;
import vn.hcmc.feedback.attachment.ReportAttachment;
import vn.hcmc.feedback.directory.Category;
import vn.hcmc.feedback.directory.Unit;
import vn.hcmc.feedback.directory.UnitDirectory;
import vn.hcmc.feedback.system.Refusal;

/** Builds the public, private and staff views of a report. */
@Service
public class ReportViews {

    private final ReportRepository reports;
    private final Attachments attachments;
    private final UnitDirectory directory;
    private final ReportAnswers answers;
    private final ReportDeadlines deadlines;

    public ReportViews(ReportRepository reports, Attachments attachments, UnitDirectory directory,
                       ReportAnswers answers, ReportDeadlines deadlines) {
        this.reports = reports;
        this.attachments = attachments;
        this.directory = directory;
        this.answers = answers;
        this.deadlines = deadlines;
    }

    /**
     * Without a token: the public view, 404 for a report kept out of public view. With a token: the private view
     * when it matches; a wrong token is 404 for a private report (nothing revealed) and 403 for a public one.
     */
    @Transactional(readOnly = true)
    public ReportView citizenView(String trackingCode, String token) {
        Report report = reports.findByTrackingCode(TrackingCodes.normalise(trackingCode))
                .orElseThrow(() -> notFound(trackingCode));
        if (token == null || token.isBlank()) {
            if (!report.isPublicVisible()) {
                throw notFound(trackingCode);
            }
            return view(report, Detail.PUBLIC);
        }
        if (!AccessTokens.matches(token, report.getAccessTokenHash())) {
            if (!report.isPublicVisible()) {
                throw notFound(trackingCode);
            }
            throw Refusal.forbidden("invalid-report-token",
                    "The X-Report-Token does not belong to report " + report.getTrackingCode() + ".");
        }
        return view(report, Detail.PRIVATE);
    }

    @Transactional(readOnly = true)
    public ReportView staffView(Report report) {
        return view(report, Detail.STAFF);
    }

    public Report find(String trackingCode) {
        return reports.findByTrackingCode(TrackingCodes.normalise(trackingCode))
                .orElseThrow(() -> notFound(trackingCode));
    }

    static Refusal notFound(String trackingCode) {
        return Refusal.notFound("report-not-found", "There is no report " + trackingCode + ".");
    }

    private enum Detail { PUBLIC, PRIVATE, STAFF }

    private ReportView view(Report r, Detail detail) {
        Category category = directory.category(r.getCategory()).orElse(null);
        boolean categoryFinal = r.getStatus() != ReportStatus.RECEIVED || detail == Detail.STAFF;
        if (!categoryFinal) {
            category = null;
        }
        Unit unit = directory.unit(r.getUnitCode()).orElse(null);
        // a private original is named to staff only: its code would let anyone probe that it exists, and where
        String duplicateOf = r.getDuplicateOfId() == null ? null
                : reports.findById(r.getDuplicateOfId())
                        .filter(original -> detail == Detail.STAFF || original.isPublicVisible())
                        .map(Report::getTrackingCode).orElse(null);
        ReportView.Rejection rejection = r.getRejectionReason() == null ? null : new ReportView.Rejection(
                r.getRejectionReason().name(), r.getRejectionReason().text(r.getLanguage()),
                detail == Detail.PUBLIC ? null : r.getRejectionNote());
        boolean content = detail != Detail.PUBLIC;
        List<ReportView.Attachment> files = content ? attachments.of(r.getId()).stream()
                .map(a -> attachment(r, a, detail)).toList() : null;
        return new ReportView(r.getTrackingCode(), r.getStatus().name(),
                category == null ? null : category.code(), category == null ? null : category.nameVi(),
                category == null ? null : category.nameEn(),
                unit == null ? null : unit.code(), unit == null ? null : unit.nameVi(),
                unit == null ? null : unit.nameEn(),
                r.getPriority() == null || !categoryFinal ? null : r.getPriority().name(),
                r.getReceivedAt(), r.getUpdatedAt(), deadlines.answerDueAt(r).orElse(null), duplicateOf, rejection,
                content ? r.getTitle() : null, content ? r.getDescription() : null, content ? r.getAddress() : null,
                content && r.getLat() != null ? new ReportView.Location(r.getLat(), r.getLon(), r.getLocationSource())
                        : null,
                content ? r.getWardCode() : null, content ? r.isPublicVisible() : null,
                content ? r.getLanguage() : null,
                content && !r.isAnonymous() ? new ReportView.Reporter(r.getReporterName(), r.getReporterEmail(),
                        r.getReporterPhone()) : null,
                files,
                detail == Detail.STAFF ? new ReportView.Triage(r.getTriageMode(), r.getCitizenCategory(),
                        r.getCategoryConfidence(), r.isUrgent(), r.manualReasonList(), r.getLocatedWardCode(),
                        r.isContactFlood(), r.getAttachmentText()) : null,
                answer(r));
    }

    /** The report's published answer, or for a duplicate the original's (when that one is public). */
    private Object answer(Report r) {
        return answers.publishedAnswer(r.getId(), false)
                .or(() -> r.getDuplicateOfId() == null ? java.util.Optional.empty()
                        : answers.publishedAnswer(r.getDuplicateOfId(), true))
                .orElse(null);
    }

    private static ReportView.Attachment attachment(Report r, ReportAttachment a, Detail detail) {
        String publicUrl = a.hasPublicCopy()
                ? "/api/reports/" + r.getTrackingCode() + "/attachments/" + a.getId() : null;
        String url = detail == Detail.STAFF
                ? "/api/staff/reports/" + r.getTrackingCode() + "/attachments/" + a.getId() : publicUrl;
        return new ReportView.Attachment(a.getId(), a.getFileName(), a.getMediaType(), a.getSizeBytes(), url,
                publicUrl);
    }
}
