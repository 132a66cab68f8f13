package vn.hcmc.feedback.answer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcmc.feedback.attachment.IncomingFile;
import vn.hcmc.feedback.attachment.InspectedFile;
import vn.hcmc.feedback.directory.Unit;
import vn.hcmc.feedback.report.AccessTokens;
import vn.hcmc.feedback.report.Report;
import vn.hcmc.feedback.report.ReportViews;
import vn.hcmc.feedback.report.process.ReportHandlingProcess;
import vn.hcmc.feedback.security.Officials;
import vn.hcmc.feedback.system.Refusal;

/**
 * What the answer API does, each in one transaction, in this order: who may (403), whether the report is at that
 * step (409), whether the input is valid (4xx), and only then the change together with the task's completion, so
 * any failure leaves nothing stored and the process where it was.
 */
@Service
@Transactional
public class AnswerCommands {

    private final ReportViews reports;
    private final AnswerProposals proposals;
    private final AnswerRatings ratings;
    private final AnswerWorkflow workflow;
    private final Officials officials;

    public AnswerCommands(ReportViews reports, AnswerProposals proposals, AnswerRatings ratings,
                          AnswerWorkflow workflow, Officials officials) {
        this.reports = reports;
        this.proposals = proposals;
        this.ratings = ratings;
        this.workflow = workflow;
        this.officials = officials;
    }

    /** An official of the report's unit proposes the answer: the handling task completes with action "answer". */
    public AnswerProposal propose(String trackingCode, AnswerDraft draft, List<IncomingFile> files) {
        Report report = reports.find(trackingCode);
        String official = requireUnit(report, "answer report " + report.getTrackingCode(), true);
        Task task = requireHandling(report);
        List<InspectedFile> inspected = proposals.check(report, draft, files);
        AnswerProposal proposal = proposals.propose(report, draft, inspected, official);
        workflow.complete(task, Map.of(ReportHandlingProcess.HANDLING_ACTION, ReportHandlingProcess.ACTION_ANSWER));
        return proposal;
    }

    /**
     * An official of the report's unit adds evidence for the answer they are writing in the handling form (only
     * while the report waits for its unit's answer); proposing the answer takes it.
     */
    public List<AnswerEvidence> addEvidence(String trackingCode, List<IncomingFile> files) {
        Report report = reports.find(trackingCode);
        String official = requireUnit(report, "add evidence to report " + report.getTrackingCode(), true);
        requireHandling(report);
        return proposals.addPendingEvidence(report, files, official);
    }

    /** Takes back evidence added for the answer being written. */
    public void removeEvidence(String trackingCode, Long evidenceId) {
        Report report = reports.find(trackingCode);
        String official = requireUnit(report, "remove evidence of report " + report.getTrackingCode(), true);
        requireHandling(report);
        proposals.removePendingEvidence(report, evidenceId, official);
    }

    private Task requireHandling(Report report) {
        return workflow.task(report.getTrackingCode(), ReportHandlingProcess.TASK_HANDLE_REPORT).orElseThrow(() ->
                Refusal.conflict("not-in-handling", "Report " + report.getTrackingCode() + " is "
                        + report.getStatus() + ", not waiting for its unit's answer."));
    }

    /** A leader of the report's unit approves the answer or returns it with a comment. */
    public AnswerProposal decide(String trackingCode, Boolean approved, String comment) {
        Report report = reports.find(trackingCode);
        requireUnit(report, "approve the answer to report " + report.getTrackingCode(), false);
        Task task = workflow.task(report.getTrackingCode(), ReportHandlingProcess.TASK_APPROVE_ANSWER).orElseThrow(() ->
                Refusal.conflict("no-answer-awaiting-approval", "Report " + report.getTrackingCode() + " is "
                        + report.getStatus() + ", with no answer waiting for approval."));
        Map<String, Object> variables = new HashMap<>();
        variables.put(ReportHandlingProcess.FIELD_APPROVED, approved);
        variables.put(ReportHandlingProcess.FIELD_COMMENT, comment);
        workflow.complete(task, variables);
        return proposals.latest(report.getId()).orElseThrow();
    }

    /** The citizen rates the published answer (with the report's token: 404/403 as the private view). */
    public AnswerRating rate(String trackingCode, String token, RatingRequest request) {
        Report report = reports.find(trackingCode);
        if (token == null || token.isBlank() || !AccessTokens.matches(token, report.getAccessTokenHash())) {
            if (!report.isPublicVisible()) {
                throw Refusal.notFound("report-not-found", "There is no report " + trackingCode + ".");
            }
            throw Refusal.forbidden("invalid-report-token",
                    "The X-Report-Token does not belong to report " + report.getTrackingCode() + ".");
        }
        AnswerRatings.check(request);
        AnswerRating rating;
        try {
            rating = ratings.rate(report, request);
        } catch (DataIntegrityViolationException twice) {
            throw Refusal.conflict("already-rated", "The answer to report " + report.getTrackingCode()
                    + " has already been rated.");
        }
        workflow.rated(report.getTrackingCode(), rating.getScore());
        return rating;
    }

    private String requireUnit(Report report, String action, boolean staffToo) {
        if (report.getUnitCode() == null) {
            officials.currentUserId();
            throw Refusal.conflict("not-assigned", "Report " + report.getTrackingCode()
                    + " has not been routed to a unit yet.");
        }
        return staffToo
                ? officials.requireAnyGroup(action, Unit.staffGroupOf(report.getUnitCode()),
                        Unit.leadersGroupOf(report.getUnitCode()))
                : officials.requireAnyGroup(action, Unit.leadersGroupOf(report.getUnitCode()));
    }
}
