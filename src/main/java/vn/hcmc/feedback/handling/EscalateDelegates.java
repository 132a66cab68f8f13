package vn.hcmc.feedback.handling;

import static vn.hcmc.feedback.handling.HandlingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.sla.SlaVariables;

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
            execution.setVariable(SlaVariables.OVERDUE, true);
            handling.escalated((Long) execution.getVariable(REPORT_ID), 1,
                    (String) execution.getVariable(SlaVariables.ESCALATION_GROUP_1));
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
            handling.escalated((Long) execution.getVariable(REPORT_ID), 2,
                    (String) execution.getVariable(SlaVariables.ESCALATION_GROUP_2));
        }
    }
}
