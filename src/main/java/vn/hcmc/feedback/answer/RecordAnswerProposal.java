package vn.hcmc.feedback.answer;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.report.Report;
import vn.hcmc.feedback.report.ReportRepository;
import vn.hcmc.feedback.report.process.CitizenReportProcess;
import vn.hcmc.feedback.report.process.ReportHandlingProcess;
import vn.hcmc.feedback.security.Actor;

/**
 * On completion of "Handle report" with handlingAction "answer" from Tasklist: stores the answer written in the form
 * (answerOutcome, answerText, answerTextEn, competentBody) as the next version. The staff API stores its answer (with
 * the evidence files) before completing the task, so then a version already waits and nothing more is stored.
 */
@Component("recordAnswerProposal")
public class RecordAnswerProposal implements TaskListener {

    public static final String FORM_OUTCOME = "answerOutcome";
    public static final String FORM_TEXT = "answerText";
    public static final String FORM_TEXT_EN = "answerTextEn";
    public static final String FORM_COMPETENT_BODY = "competentBody";

    private final AnswerProposals proposals;
    private final ReportRepository reports;
    private final IdentityService identityService;

    public RecordAnswerProposal(AnswerProposals proposals, ReportRepository reports, IdentityService identityService) {
        this.proposals = proposals;
        this.reports = reports;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!ReportHandlingProcess.ACTION_ANSWER.equals(task.getVariable(ReportHandlingProcess.HANDLING_ACTION))) {
            return;
        }
        long reportId = CitizenReportProcess.reportId(task);
        if (proposals.awaitingDecision(reportId).isPresent()) {
            return;
        }
        AnswerDraft draft = new AnswerDraft((String) task.getVariable(FORM_OUTCOME),
                (String) task.getVariable(FORM_TEXT), (String) task.getVariable(FORM_TEXT_EN),
                (String) task.getVariable(FORM_COMPETENT_BODY));
        Report report = reports.findById(reportId).orElseThrow();
        proposals.propose(report, draft, proposals.check(report, draft, List.of()), Actor.current(identityService));
    }
}
