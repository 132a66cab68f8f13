package vn.hcmc.feedback.answer;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcmc.feedback.report.Report;
import vn.hcmc.feedback.redaction.Redaction;
import vn.hcmc.feedback.redaction.RedactionService;
import vn.hcmc.feedback.redaction.Span;
import vn.hcmc.feedback.system.Refusal;

/**
 * The answer as it will be published, for the leader who approves it: the same redaction the publication applies,
 * with every redaction as a highlighted range of the published text, and the public copies of the evidence photos.
 */
@Service
public class AnswerPreview {

    private final AnswerProposals proposals;
    private final RedactionService redaction;

    public AnswerPreview(AnswerProposals proposals, RedactionService redaction) {
        this.proposals = proposals;
        this.redaction = redaction;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Preview(String trackingCode, int version, String outcome, String outcomeVi, String outcomeEn,
                          String proposedBy, Instant proposedAt, String decision, String decisionComment,
                          boolean publicFeed, Text reportTitle, Text reportText, Text answer, Text answerEn,
                          Text competentBody, List<Evidence> evidence) {
    }

    /** A text as published, and the ranges of it that replace personal data (rule, start, end). */
    public record Text(String published, List<Span> highlights) {
    }

    public record Evidence(long id, String fileName, String mediaType, boolean published, String url) {
    }

    /** The latest version (the one waiting for approval, if any); 404 before the unit proposed any. */
    @Transactional(readOnly = true)
    public Preview of(Report report) {
        AnswerProposal p = proposals.latest(report.getId()).orElseThrow(() -> Refusal.notFound(
                "no-answer", "Report " + report.getTrackingCode() + " has no proposed answer yet."));
        String name = report.getReporterName();
        List<Evidence> evidence = proposals.evidenceOf(p.getId()).stream()
                .map(e -> new Evidence(e.getId(), e.getFileName(), e.getMediaType(), e.hasPublicCopy(),
                        AnswerStaffController.evidenceUrl(report.getTrackingCode(), e.getId())))
                .toList();
        return new Preview(report.getTrackingCode(), p.getVersion(), p.getOutcome().code(), p.getOutcome().nameVi(),
                p.getOutcome().nameEn(), p.getProposedBy(), p.getProposedAt(),
                p.getDecision() == null ? null : p.getDecision().name(), p.getDecisionComment(),
                report.isPublicVisible(), text(report.getTitle(), name), text(report.getDescription(), name),
                text(p.getTextVi(), name), text(p.getTextEn(), name), text(p.getCompetentBody(), name), evidence);
    }

    private Text text(String original, String reporterName) {
        if (original == null) {
            return null;
        }
        Redaction r = redaction.redact(original, reporterName);
        return new Text(r.redacted(), r.highlights());
    }
}
