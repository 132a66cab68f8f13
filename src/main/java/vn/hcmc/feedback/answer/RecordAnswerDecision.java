package vn.hcmc.feedback.answer;

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
 * On completion of "Approve answer" (Tasklist or staff API): stores the leader's decision on the version waiting
 * for it (a return needs a comment) and sets answerApproved for the gateway.
 */
@Component("recordAnswerDecision")
public class RecordAnswerDecision implements TaskListener {

    private final AnswerProposals proposals;
    private final ReportRepository reports;
    private final IdentityService identityService;

    public RecordAnswerDecision(AnswerProposals proposals, ReportRepository reports,
                                IdentityService identityService) {
        this.proposals = proposals;
        this.reports = reports;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        Boolean approved = task.getVariable(ReportHandlingProcess.FIELD_APPROVED) instanceof Boolean b ? b : null;
        String comment = (String) task.getVariable(ReportHandlingProcess.FIELD_COMMENT);
        Report report = reports.findById(CitizenReportProcess.reportId(task)).orElseThrow();
        // the one place where a leader's decision is checked and recorded, from Tasklist and the staff API alike
        proposals.decide(report, approved, comment, Actor.current(identityService));
        task.getExecution().setVariable(ReportHandlingProcess.ANSWER_APPROVED, approved);
    }
}
