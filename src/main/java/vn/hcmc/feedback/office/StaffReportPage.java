package vn.hcmc.feedback.office;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.hcmc.feedback.answer.AnswerProposals;
import vn.hcmc.feedback.answer.AnswerEvidence;
import vn.hcmc.feedback.attachment.Attachments;
import vn.hcmc.feedback.attachment.ReportAttachment;
import vn.hcmc.feedback.citizen.CitizenProperties;
import vn.hcmc.feedback.report.Report;
import vn.hcmc.feedback.report.ReportReaders;
import vn.hcmc.feedback.security.Officials;
import vn.hcmc.feedback.system.Refusal;

/**
 * The staff report view: one page with everything about a report, for the officials who may read it (the triage
 * desk, the assigned unit's officials and leaders, the city inspectorate, and managers), reached from
 * every Tasklist form with the Tasklist login itself (see OfficePageSecurity). Another unit's official gets a 403
 * page that shows nothing of the report. Read-only: officials act through their task's form.
 */
@Controller
@RequestMapping("/staff/reports/{trackingCode}")
class StaffReportPage {

    private final ReportReaders readers;
    private final CaseFiles caseFiles;
    private final Attachments attachments;
    private final AnswerProposals proposals;
    private final Officials officials;
    private final CitizenProperties map;

    StaffReportPage(ReportReaders readers, CaseFiles caseFiles, Attachments attachments, AnswerProposals proposals,
                    Officials officials, CitizenProperties map) {
        this.readers = readers;
        this.caseFiles = caseFiles;
        this.attachments = attachments;
        this.proposals = proposals;
        this.officials = officials;
        this.map = map;
    }

    @GetMapping
    String report(@PathVariable String trackingCode, Model model) {
        Report report = readable(trackingCode);
        model.addAttribute("file", caseFiles.of(report));
        model.addAttribute("official", officials.currentUserId());
        model.addAttribute("map", map);
        return "office/report";
    }

    /** A photo or file the citizen sent: images shown in the page, anything else downloaded. */
    @GetMapping("/files/{attachmentId}")
    ResponseEntity<byte[]> file(@PathVariable String trackingCode, @PathVariable Long attachmentId) {
        Report report = readable(trackingCode);
        ReportAttachment attachment = attachments.of(report.getId()).stream()
                .filter(a -> a.getId().equals(attachmentId)).findFirst()
                .orElseThrow(() -> Refusal.notFound("attachment-not-found",
                        "Report " + report.getTrackingCode() + " has no file " + attachmentId + "."));
        byte[] bytes = attachments.original(report.getId(), attachmentId).orElseThrow();
        return file(attachment.getMediaType(), bytes);
    }

    /** An evidence file of the unit's answer: the photo as it will be published, else the file to download. */
    @GetMapping("/evidence/{evidenceId}")
    ResponseEntity<byte[]> evidence(@PathVariable String trackingCode, @PathVariable Long evidenceId) {
        Report report = readable(trackingCode);
        AnswerEvidence evidence = proposals.evidence(report.getId(), evidenceId)
                .orElseThrow(() -> Refusal.notFound("evidence-not-found",
                        "Report " + report.getTrackingCode() + " has no evidence " + evidenceId + "."));
        return evidence.hasPublicCopy() ? file(evidence.getPublicMediaType(), evidence.getPublicCopy())
                : file(evidence.getMediaType(), evidence.getOriginal());
    }

    private static ResponseEntity<byte[]> file(String mediaType, byte[] bytes) {
        boolean image = mediaType != null && mediaType.startsWith("image/") && !mediaType.contains("svg");
        return ResponseEntity.ok()
                .contentType(image ? MediaType.parseMediaType(mediaType) : MediaType.APPLICATION_OCTET_STREAM)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", image ? "inline" : "attachment")
                .header("Cache-Control", "private, no-store")
                .body(bytes);
    }

    private Report readable(String trackingCode) {
        return readers.readable(trackingCode);
    }

    /** A refusal as a page in both languages, with its status (401, 403, 404), showing nothing of the report. */
    @ExceptionHandler(Refusal.class)
    String refused(Refusal refusal, Model model, HttpServletResponse response) {
        int status = switch (refusal.reason()) {
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            default -> 400;
        };
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("title", status == 403 ? "Không có quyền xem phản ánh này / You may not read this report"
                : refusal.title());
        model.addAttribute("detail", status == 403
                ? "Phản ánh này thuộc đơn vị khác. / This report belongs to another unit." : refusal.getMessage());
        return "office/refused";
    }
}
