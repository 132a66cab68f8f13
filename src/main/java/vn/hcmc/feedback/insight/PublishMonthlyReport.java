package vn.hcmc.feedback.insight;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${publishMonthlyReport}}: the approved report is on the public page from now on. */
@Component("publishMonthlyReport")
class PublishMonthlyReport implements JavaDelegate {

    private final MonthlyReports reports;

    PublishMonthlyReport(MonthlyReports reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reports.publish(MonthlyReportProcess.month(execution));
    }
}
