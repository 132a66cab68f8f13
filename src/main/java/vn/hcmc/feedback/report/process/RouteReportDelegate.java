package vn.hcmc.feedback.report.process;

import static vn.hcmc.feedback.report.process.CitizenReportProcess.reportId;
import static vn.hcmc.feedback.report.process.ReportTriageProcess.*;
import static vn.hcmc.feedback.report.process.ReportTriageProcess.category;
import static vn.hcmc.feedback.report.process.ReportTriageProcess.unitCode;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.report.ReportRouting;
import vn.hcmc.feedback.report.ReportTriage;

/**
 * Routes the report with the DMN table {@code report-routing} (category and kind of place → unit kind, unit,
 * priority), unless the triage desk chose the unit; sets unitCode and priority.
 */
@Component("routeReport")
class RouteReportDelegate implements JavaDelegate {

    private final DecisionService decisionService;
    private final ReportTriage triage;
    private final ReportRouting routing;

    RouteReportDelegate(DecisionService decisionService, ReportTriage triage, ReportRouting routing) {
        this.decisionService = decisionService;
        this.triage = triage;
        this.routing = routing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long reportId = reportId(execution);
        String category = category(execution);
        DmnDecisionResult result = decisionService.evaluateDecisionByKey(ROUTING_DECISION)
                .variables(Variables.createVariables().putValue(CATEGORY, category)
                        .putValue(DMN_PLACE_KIND, triage.placeKind(reportId)))
                .evaluate();
        DmnDecisionResultEntries row = result.getFirstResult();
        ReportRouting.Route route = row == null ? null : new ReportRouting.Route(
                (String) row.get(DMN_UNIT_KIND), (String) row.get(DMN_UNIT), (String) row.get(DMN_PRIORITY));
        ReportRouting.Assignment assignment = routing.assign(reportId, route,
                unitCode(execution));
        execution.setVariables(Map.of(UNIT_CODE, assignment.unitCode(), PRIORITY, assignment.priority().name()));
    }
}
