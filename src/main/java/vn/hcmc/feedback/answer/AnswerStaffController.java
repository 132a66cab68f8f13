package vn.hcmc.feedback.answer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.hcmc.feedback.attachment.Uploads;
import vn.hcmc.feedback.directory.CityGroups;
import vn.hcmc.feedback.directory.Unit;
import vn.hcmc.feedback.report.Report;
import vn.hcmc.feedback.report.ReportViews;
import vn.hcmc.feedback.security.Officials;
import vn.hcmc.feedback.system.Refusal;

/**
 * The officials' answer API: the unit proposes its answer (with evidence files), a leader of the unit approves or
 * returns it, and anyone working on the report reads the answer as it will be published, and every version.
 */
@RestController
@RequestMapping("/api/staff/reports/{trackingCode}/answer")
class AnswerStaffController {

    private final AnswerCommands commands;
    private final AnswerPreview preview;
    private final AnswerProposals proposals;
    private final ReportViews reports;
    private final Officials officials;
    private final ObjectMapper objectMapper;
    private final Uploads uploads;

    AnswerStaffController(AnswerCommands commands, AnswerPreview preview, AnswerProposals proposals,
                          ReportViews reports, Officials officials, ObjectMapper objectMapper, Uploads uploads) {
        this.commands = commands;
        this.preview = preview;
        this.proposals = proposals;
        this.reports = reports;
        this.officials = officials;
        this.objectMapper = objectMapper;
        this.uploads = uploads;
    }

    record Proposed(String trackingCode, int version, String outcome, String status) {
    }

    record DecisionRequest(Boolean approved, String comment) {
    }

    record Decided(String trackingCode, int version, String decision) {
    }

    record Version(int version, String outcome, String text, String textEn, String competentBody, String proposedBy,
                   Instant proposedAt, String decision, String decidedBy, Instant decidedAt, String comment,
                   int files) {
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Proposed> propose(@PathVariable String trackingCode,
                                     @RequestPart(value = "answer", required = false) String answerJson,
                                     @RequestPart(value = "files", required = false) List<MultipartFile> files) {
        AnswerDraft draft = parse(answerJson);
        AnswerProposal proposal = uploads.admitted(files, incoming -> commands.propose(trackingCode, draft, incoming));
        return ResponseEntity.status(HttpStatus.CREATED).body(new Proposed(reports.find(trackingCode)
                .getTrackingCode(), proposal.getVersion(), proposal.getOutcome().code(), "ANSWER_IN_APPROVAL"));
    }

    /** The same answer as JSON only (no files). */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Proposed> proposeJson(@PathVariable String trackingCode, @RequestBody(required = false)
                                         AnswerDraft draft) {
        AnswerProposal proposal = commands.propose(trackingCode, draft, List.of());
        return ResponseEntity.status(HttpStatus.CREATED).body(new Proposed(reports.find(trackingCode)
                .getTrackingCode(), proposal.getVersion(), proposal.getOutcome().code(), "ANSWER_IN_APPROVAL"));
    }

    @PostMapping(path = "/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
    Decided decide(@PathVariable String trackingCode, @RequestBody(required = false) DecisionRequest request) {
        if (request == null) {
            throw Refusal.invalid("decision-required", "Send { \"approved\": true|false, \"comment\": ... }.");
        }
        AnswerProposal proposal = commands.decide(trackingCode, request.approved(), request.comment());
        return new Decided(reports.find(trackingCode).getTrackingCode(), proposal.getVersion(),
                proposal.getDecision() == null ? null : proposal.getDecision().name());
    }

    /** The answer as it will be published, redactions highlighted (linked from the approval form). */
    @GetMapping("/preview")
    AnswerPreview.Preview preview(@PathVariable String trackingCode) {
        return preview.of(readable(trackingCode));
    }

    /** Every proposed version with the leader's decision. */
    @GetMapping("/versions")
    List<Version> versions(@PathVariable String trackingCode) {
        Report report = readable(trackingCode);
        return proposals.versions(report.getId()).stream().map(p -> new Version(p.getVersion(),
                p.getOutcome().code(), p.getTextVi(), p.getTextEn(), p.getCompetentBody(), p.getProposedBy(),
                p.getProposedAt(), p.getDecision() == null ? null : p.getDecision().name(), p.getDecidedBy(),
                p.getDecidedAt(), p.getDecisionComment(), proposals.evidenceOf(p.getId()).size())).toList();
    }

    /** An evidence file: its metadata-free copy when it has one (what is published), else the original. */
    @GetMapping("/evidence/{evidenceId}")
    ResponseEntity<byte[]> evidence(@PathVariable String trackingCode, @PathVariable Long evidenceId) {
        Report report = readable(trackingCode);
        AnswerEvidence file = proposals.evidence(report.getId(), evidenceId).orElseThrow(() -> Refusal.notFound(
                "evidence-not-found", "The answers to report " + trackingCode + " have no file " + evidenceId + "."));
        var response = ResponseEntity.ok().header("X-Content-Type-Options", "nosniff");
        if (file.hasPublicCopy()) {
            return response.contentType(MediaType.parseMediaType(file.getPublicMediaType())).body(file.getPublicCopy());
        }
        return response.contentType(MediaType.parseMediaType(file.getMediaType()))
                .header("Content-Disposition", "attachment").body(file.getOriginal());
    }

    static String evidenceUrl(String trackingCode, long evidenceId) {
        return "/api/staff/reports/" + trackingCode + "/answer/evidence/" + evidenceId;
    }

    private Report readable(String trackingCode) {
        Report report = reports.find(trackingCode);
        List<String> groups = new java.util.ArrayList<>(List.of(CityGroups.CITY_INSPECTORATE, CityGroups.MANAGERS));
        if (report.getUnitCode() != null) {
            groups.add(Unit.staffGroupOf(report.getUnitCode()));
            groups.add(Unit.leadersGroupOf(report.getUnitCode()));
        }
        officials.requireAnyGroup("read the answer to report " + report.getTrackingCode(),
                groups.toArray(String[]::new));
        return report;
    }

    private AnswerDraft parse(String json) {
        if (json == null || json.isBlank()) {
            throw Refusal.invalid("missing-answer-part",
                    "A multipart answer needs a part named 'answer' with the answer's JSON.");
        }
        try {
            AnswerDraft draft = objectMapper.readValue(json, AnswerDraft.class);
            if (draft == null) {
                throw Refusal.invalid("malformed-request", "The 'answer' part is empty.");
            }
            return draft;
        } catch (JsonProcessingException e) {
            throw Refusal.invalid("malformed-request",
                    "The 'answer' part is not valid JSON of the expected shape: " + e.getOriginalMessage());
        }
    }

}
