package vn.hcmc.feedback.report.process;

import static vn.hcmc.feedback.report.process.CitizenReportProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.report.ReportTriage;

/** Automatic triage: category, URGENT priority, and whether a person must triage (triage = MANUAL). */
@Component("triageReport")
class AutomaticTriageDelegate implements JavaDelegate {

    private final ReportTriage triage;

    AutomaticTriageDelegate(ReportTriage triage) {
        this.triage = triage;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReportTriage.Automatic result = triage.triage((Long) execution.getVariable(REPORT_ID));
        execution.setVariable(CATEGORY, result.category());
        if (result.priority() != null) {
            execution.setVariable(PRIORITY, result.priority().name());
        }
        execution.setVariable(TRIAGE, result.manual() ? TRIAGE_MANUAL : TRIAGE_AUTO);
    }
}
