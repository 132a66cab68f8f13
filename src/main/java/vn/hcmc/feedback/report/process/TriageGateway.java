package vn.hcmc.feedback.report.process;

import org.springframework.stereotype.Component;
import vn.hcmc.feedback.report.ReportTriage;

/** Conditions of the model's gateways that read the report: {@code ${reportState.rejected(reportId)}}. */
@Component("reportState")
public class TriageGateway {

    private final ReportTriage triage;

    TriageGateway(ReportTriage triage) {
        this.triage = triage;
    }

    public boolean rejected(Long reportId) {
        return triage.isRejected(reportId);
    }
}
