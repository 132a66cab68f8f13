package vn.hcmc.feedback.insight;

import java.time.Clock;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hcmc.feedback.security.Actor;

/** The thin delegates of {@code monthly-report}: each translates process variables into a MonthlyReports call. */
@Configuration
class MonthlyReportDelegates {

    /** {@code ${generateMonthlyReport}}: the figures of the period that just ended (or of {@code month}), frozen. */
    @Bean
    JavaDelegate generateMonthlyReport(MonthlyReports reports, Clock clock) {
        return execution -> {
            if (execution.getVariable(MonthlyReportProcess.MONTH) == null) {
                execution.setVariable(MonthlyReportProcess.MONTH, MonthlyReports.endedBy(clock.instant()).toString());
            }
            MonthlyReports.MonthlyReport report = reports.generate(MonthlyReportProcess.month(execution));
            execution.setVariable(MonthlyReportProcess.RANKING_SUMMARY, MonthlyReports.summary(report));
        };
    }

    /** {@code ${recordMonthlyDecision}} on completing the approval: the leader's decision, checked and stored. */
    @Bean
    TaskListener recordMonthlyDecision(MonthlyReports reports, IdentityService identityService) {
        return (DelegateTask task) -> {
            Object approved = task.getVariable(MonthlyReportProcess.APPROVED);
            Boolean decision = approved instanceof Boolean b ? b
                    : "true".equals(approved) ? Boolean.TRUE : "false".equals(approved) ? Boolean.FALSE : null;
            String comment = (String) task.getVariable(MonthlyReportProcess.COMMENT);
            reports.decide(MonthlyReportProcess.month(task), decision, comment, Actor.current(identityService));
            DelegateExecution process = task.getExecution().getProcessInstance();
            process.setVariable(MonthlyReportProcess.MONTHLY_APPROVED, decision);
            process.setVariable(MonthlyReportProcess.LAST_COMMENT, comment);
        };
    }

    /** {@code ${publishMonthlyReport}}: on the public page from now on. */
    @Bean
    JavaDelegate publishMonthlyReport(MonthlyReports reports) {
        return execution -> reports.publish(MonthlyReportProcess.month(execution));
    }
}
