package vn.hcmc.feedback.answer;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcmc.feedback.report.Report;
import vn.hcmc.feedback.report.ReportHistory;
import vn.hcmc.feedback.report.ReportRepository;
import vn.hcmc.feedback.report.ReportStatus;
import vn.hcmc.feedback.redaction.RedactionService;

/**
 * Publishes a report's approved answer: the report's text and the answer pass through the redaction (with the
 * reporter's name), photos are shown only as their metadata-free copies, and nothing of the reporter's identity is
 * stored with it. A report kept out of public view is published to its reporter only (not in the feed).
 * Publishing the same approved version again changes nothing, so a retried job is harmless.
 */
@Service
public class AnswerPublication {

    private final ReportRepository reports;
    private final AnswerProposals proposals;
    private final PublishedAnswerRepository published;
    private final RedactionService redaction;
    private final ReportHistory history;
    private final Clock clock;

    public AnswerPublication(ReportRepository reports, AnswerProposals proposals, PublishedAnswerRepository published,
                             RedactionService redaction, ReportHistory history, Clock clock) {
        this.reports = reports;
        this.proposals = proposals;
        this.published = published;
        this.redaction = redaction;
        this.history = history;
        this.clock = clock;
    }

    @Transactional
    public PublishedAnswer publish(long reportId) {
        Report report = reports.findById(reportId)
                .orElseThrow(() -> new IllegalArgumentException("No report " + reportId));
        AnswerProposal proposal = proposals.latest(reportId)
                .filter(p -> p.getDecision() == AnswerProposal.Decision.APPROVED)
                .orElseThrow(() -> new IllegalStateException("Report " + report.getTrackingCode()
                        + " has no approved answer to publish"));
        Optional<PublishedAnswer> existing = published.findByReportId(reportId);
        if (existing.isPresent() && existing.get().getProposalId().equals(proposal.getId())) {
            return existing.get();
        }
        PublishedAnswer answer = existing.orElseGet(() -> new PublishedAnswer(reportId, report.getTrackingCode()));
        int round = existing.map(a -> a.getRound() + 1).orElse(1);
        String name = report.getReporterName();
        String ward = report.getLocatedWardCode() != null ? report.getLocatedWardCode() : report.getWardCode();
        answer.publish(proposal, round, report.getCategory(), report.getUnitCode(), ward, report.getReceivedAt(),
                clock.instant(), redact(report.getTitle(), name), redact(report.getDescription(), name),
                redact(proposal.getTextVi(), name), redact(proposal.getTextEn(), name),
                redact(proposal.getCompetentBody(), name), report.isPublicVisible(), report.getAnswerDueAt());
        PublishedAnswer saved = published.save(answer);
        report.moveTo(ReportStatus.ANSWERED, clock.instant());
        history.record(reportId, "answer-published", ReportHistory.SYSTEM, "round " + round + ", version "
                + proposal.getVersion() + (report.isPublicVisible() ? ", in the public feed" : ", to the reporter only"));
        return saved;
    }

    @Transactional(readOnly = true)
    public Optional<PublishedAnswer> of(long reportId) {
        return published.findByReportId(reportId);
    }

    private String redact(String text, String reporterName) {
        return text == null ? null : redaction.redact(text, reporterName).redacted();
    }
}
