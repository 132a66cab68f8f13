package vn.hcmc.feedback.insight;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.security.Actor;

/**
 * {@code ${recordMonthlyDecision}} on completing "Duyệt báo cáo tháng": the city leader's decision, checked and
 * stored (a return needs a comment), and {@code monthlyApproved} for the gateway.
 */
@Component("recordMonthlyDecision")
class RecordMonthlyDecision implements TaskListener {

    private final MonthlyReports reports;
    private final IdentityService identityService;

    RecordMonthlyDecision(MonthlyReports reports, IdentityService identityService) {
        this.reports = reports;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        Object approved = task.getVariable(MonthlyReportProcess.APPROVED);
        Boolean decision = approved instanceof Boolean b ? b
                : "true".equals(approved) ? Boolean.TRUE : "false".equals(approved) ? Boolean.FALSE : null;
        String comment = (String) task.getVariable(MonthlyReportProcess.COMMENT);
        reports.decide(MonthlyReportProcess.month(task), decision, comment, Actor.current(identityService));
        DelegateExecution process = task.getExecution().getProcessInstance();
        process.setVariable(MonthlyReportProcess.MONTHLY_APPROVED, decision);
        process.setVariable(MonthlyReportProcess.LAST_COMMENT, comment);
    }
}
