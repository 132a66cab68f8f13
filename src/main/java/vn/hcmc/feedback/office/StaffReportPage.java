package vn.hcmc.feedback.office;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.hcmc.feedback.attachment.Uploads;
import vn.hcmc.feedback.answer.AnswerCommands;
import vn.hcmc.feedback.answer.AnswerEvidence;
import vn.hcmc.feedback.answer.AnswerProposals;
import vn.hcmc.feedback.attachment.Attachments;
import vn.hcmc.feedback.attachment.ReportAttachment;
import vn.hcmc.feedback.citizen.CitizenProperties;
import vn.hcmc.feedback.directory.Unit;
import vn.hcmc.feedback.report.Report;
import vn.hcmc.feedback.report.ReportReaders;
import vn.hcmc.feedback.security.Officials;
import vn.hcmc.feedback.system.ApiProblemHandler;
import vn.hcmc.feedback.system.Refusal;

/**
 * The staff report view: one page with everything about a report, for the officials who may read it (the triage
 * desk, the assigned unit's officials and leaders, the city inspectorate, and managers), reached from
 * every Tasklist form with the Tasklist login itself (see OfficePageSecurity). Another unit's official gets a 403
 * page that shows nothing of the report. Officials act through their task's form; the one thing done here is adding
 * the evidence files of the answer being written, which a Tasklist form cannot upload.
 */
@Controller
class StaffReportPage {

    static final String PATH = "/staff/reports/{trackingCode}";

    private final ReportReaders readers;
    private final CaseFiles caseFiles;
    private final Attachments attachments;
    private final AnswerProposals proposals;
    private final Officials officials;
    private final CitizenProperties map;
    private final AnswerCommands answers;
    private final Uploads uploads;

    StaffReportPage(ReportReaders readers, CaseFiles caseFiles, Attachments attachments, AnswerProposals proposals,
                    Officials officials, CitizenProperties map, AnswerCommands answers, Uploads uploads) {
        this.answers = answers;
        this.uploads = uploads;
        this.readers = readers;
        this.caseFiles = caseFiles;
        this.attachments = attachments;
        this.proposals = proposals;
        this.officials = officials;
        this.map = map;
    }

    /**
     * The page; with {@code taskId}, as Tasklist's tab "Hồ sơ / Case" frames it next to that task's form (see
     * {@link TaskCasePage}): without the way back to Tasklist, since it is inside it.
     */
    @GetMapping(PATH)
    String report(@PathVariable String trackingCode, @RequestParam(required = false) String taskId, Model model) {
        String task = isTaskId(taskId) ? taskId : null;
        model.addAttribute("taskId", task);
        return page(readable(trackingCode), task != null, model);
    }

    static boolean isTaskId(String taskId) {
        return taskId != null && taskId.matches("[A-Za-z0-9-]{1,64}");
    }

    private String page(Report report, boolean inTasklist, Model model) {
        CaseFiles.CaseFile file = caseFiles.of(report);
        model.addAttribute("file", file);
        model.addAttribute("official", officials.currentUserId());
        model.addAttribute("map", map);
        model.addAttribute("inTasklist", inTasklist);
        model.addAttribute("mayAddEvidence", file.inHandling() && report.getUnitCode() != null
                && (officials.currentIsMemberOf(Unit.staffGroupOf(report.getUnitCode()))
                        || officials.currentIsMemberOf(Unit.leadersGroupOf(report.getUnitCode()))));
        return "office/report";
    }

    /**
     * The unit's official adds evidence photos or files for the answer they write in the handling form; proposing
     * the answer takes them. Back to the same page (inside Tasklist's tab or not), or, refused, the page again with
     * the reason next to the upload field.
     */
    @PostMapping(PATH + "/evidence")
    String addEvidence(@PathVariable String trackingCode, @RequestParam(required = false) String taskId,
                       @RequestParam(value = "files", required = false) List<MultipartFile> files, Model model,
                       HttpServletResponse response) {
        try {
            uploads.admitted(files, incoming -> {
                answers.addEvidence(trackingCode, incoming);
                return null;
            });
        } catch (Refusal refusal) {
            return again(trackingCode, taskId, refusal, model, response);
        }
        return "redirect:" + back(trackingCode, taskId) + "#h-evidence";
    }

    @PostMapping(PATH + "/evidence/{evidenceId}/delete")
    String removeEvidence(@PathVariable String trackingCode, @PathVariable Long evidenceId,
                          @RequestParam(required = false) String taskId, Model model, HttpServletResponse response) {
        try {
            answers.removeEvidence(trackingCode, evidenceId);
        } catch (Refusal refusal) {
            return again(trackingCode, taskId, refusal, model, response);
        }
        return "redirect:" + back(trackingCode, taskId) + "#h-evidence";
    }

    /** A refusal of who may (401, 403, 404) is the refusal page; a refusal of the files shows next to the field. */
    private String again(String trackingCode, String taskId, Refusal refusal, Model model,
                         HttpServletResponse response) {
        if (refusal.reason() == Refusal.Reason.UNAUTHENTICATED || refusal.reason() == Refusal.Reason.FORBIDDEN
                || refusal.reason() == Refusal.Reason.NOT_FOUND && !"evidence-not-found".equals(refusal.slug())) {
            throw refusal;
        }
        response.setStatus(ApiProblemHandler.status(refusal.reason()).value());
        model.addAttribute("evidenceError", refusal.title() + ": " + refusal.getMessage());
        String task = isTaskId(taskId) ? taskId : null;
        model.addAttribute("taskId", task);
        return page(readable(trackingCode), task != null, model);
    }

    private static String back(String trackingCode, String taskId) {
        return "/staff/reports/" + trackingCode + (isTaskId(taskId) ? "?taskId=" + taskId : "");
    }


    /** A photo or file the citizen sent: images shown in the page, anything else downloaded. */
    @GetMapping(PATH + "/files/{attachmentId}")
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
    @GetMapping(PATH + "/evidence/{evidenceId}")
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
}
