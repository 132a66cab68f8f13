package vn.hcmc.feedback.deadline;

import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.report.Report;
import vn.hcmc.feedback.report.ReportDeadlines;
import vn.hcmc.feedback.report.ReportStatus;
import vn.hcmc.feedback.report.process.CitizenReportProcess;
import vn.hcmc.feedback.report.process.ReportHandlingProcess;

/**
 * The answer deadline of an open report, read from its running process (variable answerDueAt): the called
 * report-handling instance while the unit works on it, else the deadline that the report's citizen-report instance
 * received when handling ended (e.g. while the citizen rates the answer).
 */
@Component
class EngineReportDeadlines implements ReportDeadlines {

    private final RuntimeService runtimeService;

    EngineReportDeadlines(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @Override
    public Optional<String> answerDueAt(Report report) {
        if (!report.getStatus().isOpen() || report.getStatus() == ReportStatus.RECEIVED) {
            return Optional.empty();
        }
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(ReportHandlingProcess.PROCESS_ID)
                .processInstanceBusinessKey(report.getTrackingCode()).list().stream().findFirst()
                .or(() -> runtimeService.createProcessInstanceQuery()
                        .processDefinitionKey(CitizenReportProcess.PROCESS_ID)
                        .processInstanceBusinessKey(report.getTrackingCode()).list().stream().findFirst())
                .flatMap(instance -> runtimeService.createVariableInstanceQuery()
                        .processInstanceIdIn(instance.getId()).variableName(ReportHandlingProcess.ANSWER_DUE_AT).list()
                        .stream().findFirst())
                .map(VariableInstance::getValue).map(Object::toString);
    }
}
