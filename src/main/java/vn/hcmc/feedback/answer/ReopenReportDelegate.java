package vn.hcmc.feedback.answer;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.report.ReportHistory;
import vn.hcmc.feedback.report.process.CitizenReportProcess;
import vn.hcmc.feedback.security.Actor;

/** {@code ${reopenReport}}: the report goes back to its unit (status REOPENED, history with the citizen's comment). */
@Component("reopenReport")
public class ReopenReportDelegate implements JavaDelegate {

    private final AnswerClosing closing;
    private final IdentityService identityService;

    public ReopenReportDelegate(AnswerClosing closing, IdentityService identityService) {
        this.closing = closing;
        this.identityService = identityService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String actor = Actor.current(identityService);
        closing.reopen(CitizenReportProcess.reportId(execution), "system".equals(actor) ? ReportHistory.CITIZEN : actor);
    }
}
