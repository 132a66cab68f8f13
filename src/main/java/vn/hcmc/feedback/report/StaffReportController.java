package vn.hcmc.feedback.report;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hcmc.feedback.attachment.Attachments;
import vn.hcmc.feedback.attachment.ReportAttachment;
import vn.hcmc.feedback.system.Refusal;

/**
 * The whole report for the officials who work on it: the triage desk, the assigned unit's officials and leaders,
 * the city inspectorate and managers. The forms of {@code citizen-report} link here, so the report's text, photos
 * and contact never have to be copied into process variables.
 */
@RestController
@RequestMapping("/api/staff/reports")
class StaffReportController {

    private final ReportViews views;
    private final Attachments attachments;
    private final ReportReaders readers;

    StaffReportController(ReportViews views, Attachments attachments, ReportReaders readers) {
        this.views = views;
        this.attachments = attachments;
        this.readers = readers;
    }

    @GetMapping("/{trackingCode}")
    ReportView report(@PathVariable String trackingCode) {
        Report report = allowed(trackingCode);
        return views.staffView(report);
    }

    /** The private original of an attachment. */
    @GetMapping("/{trackingCode}/attachments/{attachmentId}")
    ResponseEntity<byte[]> original(@PathVariable String trackingCode, @PathVariable Long attachmentId) {
        Report report = allowed(trackingCode);
        ReportAttachment attachment = attachments.of(report.getId()).stream()
                .filter(a -> a.getId().equals(attachmentId)).findFirst()
                .orElseThrow(() -> Refusal.notFound("attachment-not-found",
                        "Report " + trackingCode + " has no file " + attachmentId + "."));
        byte[] bytes = attachments.original(report.getId(), attachmentId).orElseThrow();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(attachment.getMediaType()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "attachment")
                .body(bytes);
    }

    private Report allowed(String trackingCode) {
        return readers.readable(trackingCode);
    }
}
