package vn.hcmc.feedback.answer;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.report.process.CitizenReportProcess;

/** {@code ${closeReport}}: the report is finished (status CLOSED, history with the reason). */
@Component("closeReport")
public class CloseReportDelegate implements JavaDelegate {

    private final AnswerClosing closing;

    public CloseReportDelegate(AnswerClosing closing) {
        this.closing = closing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        closing.close(CitizenReportProcess.reportId(execution), CitizenReportProcess.answerRound(execution));
    }
}
