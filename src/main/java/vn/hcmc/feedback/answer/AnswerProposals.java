package vn.hcmc.feedback.answer;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcmc.feedback.attachment.AttachmentInspector;
import vn.hcmc.feedback.attachment.AttachmentProperties;
import vn.hcmc.feedback.attachment.IncomingFile;
import vn.hcmc.feedback.attachment.InspectedFile;
import vn.hcmc.feedback.report.Report;
import vn.hcmc.feedback.report.ReportHistory;
import vn.hcmc.feedback.report.ReportStatus;
import vn.hcmc.feedback.system.Refusal;

/**
 * The unit's proposed answers and the leader's decisions. Every version is kept (a returned answer stays, with the
 * leader's comment, next to the one that replaced it). Input is checked completely before anything is stored.
 */
@Service
public class AnswerProposals {

    /** Categories of the city's physical infrastructure: a "resolved" answer must show it with a photo. */
    public static final Set<String> INFRASTRUCTURE = Set.of("road_damage", "flooding", "street_lighting", "trees",
            "traffic", "water_supply");

    static final int MAX_TEXT = 10_000;
    static final int MAX_BODY = 300;
    static final int MAX_COMMENT = 2_000;

    private final AnswerProposalRepository proposals;
    private final AnswerEvidenceRepository evidence;
    private final PublishedAnswerRepository published;
    private final AttachmentInspector inspector;
    private final AttachmentProperties limits;
    private final ReportHistory history;
    private final Clock clock;

    public AnswerProposals(AnswerProposalRepository proposals, AnswerEvidenceRepository evidence,
                           PublishedAnswerRepository published, AttachmentInspector inspector,
                           AttachmentProperties limits, ReportHistory history, Clock clock) {
        this.limits = limits;
        this.proposals = proposals;
        this.evidence = evidence;
        this.published = published;
        this.inspector = inspector;
        this.history = history;
        this.clock = clock;
    }

    /** Checks the draft and its files (400, 413, 415, 422 problems); stores nothing. */
    public List<InspectedFile> check(Report report, AnswerDraft draft, List<IncomingFile> files) {
        if (draft == null) {
            throw Refusal.invalid("missing-answer", "Chưa có nội dung trả lời / the request has no answer.");
        }
        AnswerOutcome outcome = outcomeOf(draft.outcome());
        if (blank(draft.text())) {
            throw Refusal.invalid("answer-text-required",
                    "Cần nội dung trả lời bằng tiếng Việt / the answer needs a Vietnamese text (text) that the citizen and the public will read.");
        }
        tooLong("text", draft.text(), MAX_TEXT);
        tooLong("textEn", draft.textEn(), MAX_TEXT);
        tooLong("competentBody", draft.competentBody(), MAX_BODY);
        if (outcome == AnswerOutcome.NOT_WITHIN_COMPETENCE && blank(draft.competentBody())) {
            throw Refusal.invalid("competent-body-required",
                    "Ghi rõ cơ quan có thẩm quyền / an answer 'not_within_competence' must name the competent body (competentBody).");
        }
        List<InspectedFile> inspected = inspector.inspect(files);
        List<AnswerEvidence> pending = pendingEvidence(report.getId());
        tooManyFiles(pending.size() + inspected.size());
        if (outcome == AnswerOutcome.RESOLVED && INFRASTRUCTURE.contains(report.getCategory())
                && inspected.stream().noneMatch(f -> f.mediaType().startsWith("image/"))
                && pending.stream().noneMatch(AnswerEvidence::isPhoto)) {
            throw new Refusal(Refusal.Reason.UNPROCESSABLE, "evidence-photo-required",
                    "Cần ảnh minh chứng / A photo is required",
                    "Trả lời \"đã giải quyết\" cần ít nhất một ảnh minh chứng kết quả (tải lên ở thẻ Hồ sơ) / a 'resolved' answer to a "
                            + report.getCategory() + " report needs at least one photo showing the result.", Map.of("category", report.getCategory()));
        }
        return inspected;
    }

    /** Stores a checked draft as the report's next version; the report waits for its leader's approval. */
    @Transactional
    public AnswerProposal propose(Report report, AnswerDraft draft, List<InspectedFile> files, String official) {
        int version = proposals.findFirstByReportIdOrderByVersionDesc(report.getId())
                .map(p -> p.getVersion() + 1).orElse(1);
        AnswerProposal proposal = proposals.save(new AnswerProposal(report.getId(), version,
                outcomeOf(draft.outcome()), draft.text().strip(), blank(draft.textEn()) ? null : draft.textEn().strip(),
                blank(draft.competentBody()) ? null : draft.competentBody().strip(), official, clock.instant()));
        for (int i = 0; i < files.size(); i++) {
            evidence.save(new AnswerEvidence(report.getId(), proposal.getId(), i + 1, files.get(i), official,
                    clock.instant()));
        }
        List<AnswerEvidence> pending = pendingEvidence(report.getId());
        for (int i = 0; i < pending.size(); i++) {
            pending.get(i).attachTo(proposal.getId(), files.size() + i + 1);
        }
        report.moveTo(ReportStatus.ANSWER_IN_APPROVAL, clock.instant());
        history.record(report.getId(), "answer-proposed", official, "version " + version + ", "
                + proposal.getOutcome().code() + ", " + (files.size() + pending.size()) + " file(s)");
        return proposal;
    }

    /**
     * Adds evidence to the answer the unit is writing, before it is proposed (the staff report view's upload): the
     * files are inspected as any evidence, and the answer's files stay within the per-answer limit.
     */
    @Transactional
    public List<AnswerEvidence> addPendingEvidence(Report report, List<IncomingFile> files, String official) {
        if (files.isEmpty()) {
            throw Refusal.invalid("no-evidence-file", "Chọn ít nhất một tệp. / Choose at least one file.");
        }
        List<InspectedFile> inspected = inspector.inspect(files);
        tooManyFiles(pendingEvidence(report.getId()).size() + inspected.size());
        List<AnswerEvidence> added = inspected.stream().map(file -> evidence.save(new AnswerEvidence(report.getId(),
                null, 0, file, official, clock.instant()))).toList();
        history.record(report.getId(), "answer-evidence-added", official,
                String.join(", ", added.stream().map(AnswerEvidence::getFileName).toList()));
        return added;
    }

    /** Takes a pending file back before the answer is proposed. */
    @Transactional
    public void removePendingEvidence(Report report, Long evidenceId, String official) {
        AnswerEvidence file = evidence.findById(evidenceId).filter(AnswerEvidence::isPending)
                .filter(e -> report.getId().equals(e.getReportId()))
                .orElseThrow(() -> Refusal.notFound("evidence-not-found", "Report " + report.getTrackingCode()
                        + " has no evidence " + evidenceId + " waiting for its answer."));
        evidence.delete(file);
        history.record(report.getId(), "answer-evidence-removed", official, file.getFileName());
    }

    /** The evidence added for the answer the unit is writing, oldest first. */
    @Transactional(readOnly = true)
    public List<AnswerEvidence> pendingEvidence(Long reportId) {
        return evidence.findByReportIdAndProposalIdIsNullOrderByIdAsc(reportId);
    }

    private void tooManyFiles(int count) {
        if (count > limits.maxFiles()) {
            throw new Refusal(Refusal.Reason.TOO_LARGE, "too-many-evidence-files",
                    "Quá nhiều tệp / Too many files", "Một trả lời có tối đa " + limits.maxFiles()
                    + " tệp minh chứng. / An answer has at most " + limits.maxFiles() + " evidence files; "
                    + count + " would be attached.");
        }
    }

    /** Checks a leader's decision: a return needs a comment. */
    public static void checkDecision(Boolean approved, String comment) {
        if (approved == null) {
            throw Refusal.invalid("decision-required", "Chọn duyệt hoặc trả lại / say whether the answer is approved (approved).");
        }
        if (!approved && blank(comment)) {
            throw Refusal.invalid("return-comment-required",
                    "Trả lại cần ý kiến: đơn vị cần sửa gì / a returned answer needs a comment telling the unit what to change.");
        }
        tooLong("comment", comment, MAX_COMMENT);
    }

    /** The leader's decision on the version waiting for it (409 when none waits). */
    @Transactional
    public AnswerProposal decide(Report report, Boolean approved, String comment, String leader) {
        checkDecision(approved, comment);
        AnswerProposal proposal = awaitingDecision(report.getId()).orElseThrow(() -> Refusal.conflict(
                "no-answer-awaiting-approval", "Report " + report.getTrackingCode() + " has no answer waiting "
                        + "for approval."));
        proposal.decide(approved, leader, blank(comment) ? null : comment.strip(), clock.instant());
        if (!approved) {
            // back with the unit: a report answered before is still a reopened one
            report.moveTo(published.findByReportId(report.getId()).isPresent() ? ReportStatus.REOPENED
                    : ReportStatus.ASSIGNED, clock.instant());
        }
        history.record(report.getId(), approved ? "answer-approved" : "answer-returned", leader,
                "version " + proposal.getVersion() + (blank(comment) ? "" : ": " + comment.strip()));
        return proposal;
    }

    @Transactional(readOnly = true)
    public Optional<AnswerProposal> awaitingDecision(Long reportId) {
        return proposals.findFirstByReportIdOrderByVersionDesc(reportId).filter(AnswerProposal::isUndecided);
    }

    @Transactional(readOnly = true)
    public Optional<AnswerProposal> latest(Long reportId) {
        return proposals.findFirstByReportIdOrderByVersionDesc(reportId);
    }

    @Transactional(readOnly = true)
    public List<AnswerProposal> versions(Long reportId) {
        return proposals.findByReportIdOrderByVersionAsc(reportId);
    }

    @Transactional(readOnly = true)
    public List<AnswerEvidence> evidenceOf(Long proposalId) {
        return evidence.findByProposalIdOrderByPositionAsc(proposalId);
    }

    /** An evidence file of any version of the report's answer. */
    @Transactional(readOnly = true)
    public Optional<AnswerEvidence> evidence(Long reportId, Long evidenceId) {
        return evidence.findById(evidenceId).filter(e -> reportId.equals(e.getReportId())
                || e.getProposalId() != null && proposals.findById(e.getProposalId())
                        .map(p -> p.getReportId().equals(reportId)).orElse(false));
    }

    static AnswerOutcome outcomeOf(String code) {
        if (blank(code)) {
            throw Refusal.invalid("outcome-required", "Chọn kết quả giải quyết / the answer needs an outcome: resolved, "
                    + "partly_resolved, not_within_competence or cannot_be_resolved.");
        }
        return AnswerOutcome.ofCode(code.strip()).orElseThrow(() -> Refusal.invalid("unknown-outcome",
                "Unknown outcome '" + code + "'; use resolved, partly_resolved, not_within_competence or "
                        + "cannot_be_resolved."));
    }

    private static void tooLong(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw Refusal.invalid("answer-field-too-long", field + ": tối đa " + max + " ký tự / " + field + " has "
                    + value.length() + " characters; at most " + max + " are accepted.");
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
