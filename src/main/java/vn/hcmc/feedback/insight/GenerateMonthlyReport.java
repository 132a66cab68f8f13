package vn.hcmc.feedback.insight;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${generateMonthlyReport}}: the figures of the period that has just ended (or of the variable {@code month}),
 * frozen, and the summary the leader's form shows.
 */
@Component("generateMonthlyReport")
class GenerateMonthlyReport implements JavaDelegate {

    private final MonthlyReports reports;
    private final Clock clock;

    GenerateMonthlyReport(MonthlyReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (execution.getVariable(MonthlyReportProcess.MONTH) == null) {
            execution.setVariable(MonthlyReportProcess.MONTH, MonthlyReports.endedBy(clock.instant()).toString());
        }
        MonthlyReports.MonthlyReport report = reports.generate(MonthlyReportProcess.month(execution));
        execution.setVariable(MonthlyReportProcess.RANKING_SUMMARY, MonthlyReports.summary(report));
    }
}
