package vn.hcmc.feedback.handling;

import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.report.Report;
import vn.hcmc.feedback.report.ReportDeadlines;
import vn.hcmc.feedback.report.ReportStatus;
import vn.hcmc.feedback.sla.SlaVariables;

/** The answer deadline of an open report, read from its running process (variable answerDueAt). */
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
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(HandlingProcess.PROCESS_ID)
                .processInstanceBusinessKey(report.getTrackingCode()).list().stream().findFirst()
                .flatMap(instance -> runtimeService.createVariableInstanceQuery()
                        .processInstanceIdIn(instance.getId()).variableName(SlaVariables.ANSWER_DUE_AT).list()
                        .stream().findFirst())
                .map(VariableInstance::getValue).map(Object::toString);
    }
}
