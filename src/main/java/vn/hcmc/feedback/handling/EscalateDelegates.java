package vn.hcmc.feedback.handling;

import static vn.hcmc.feedback.report.process.CitizenReportProcess.reportId;
import static vn.hcmc.feedback.report.process.ReportHandlingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.report.process.ReportHandlingProcess;

/** The two escalation levels: {@code ${escalateLevel1}} marks the report overdue; both record the step. */
final class EscalateDelegates {

    private EscalateDelegates() {
    }

    @Component("escalateLevel1")
    static class Level1 implements JavaDelegate {

        private final ReportHandling handling;

        Level1(ReportHandling handling) {
            this.handling = handling;
        }

        @Override
        public void execute(DelegateExecution execution) {
            execution.setVariable(ReportHandlingProcess.OVERDUE, true);
            handling.escalated(reportId(execution), 1,
                    (String) execution.getVariable(ReportHandlingProcess.ESCALATION_GROUP_1));
        }
    }

    @Component("escalateLevel2")
    static class Level2 implements JavaDelegate {

        private final ReportHandling handling;

        Level2(ReportHandling handling) {
            this.handling = handling;
        }

        @Override
        public void execute(DelegateExecution execution) {
            handling.escalated(reportId(execution), 2,
                    (String) execution.getVariable(ReportHandlingProcess.ESCALATION_GROUP_2));
        }
    }
}
