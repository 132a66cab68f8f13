package vn.hcmc.feedback.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.hcmc.feedback.directory.Category;
import vn.hcmc.feedback.directory.UnitDirectory;
import vn.hcmc.feedback.report.process.CitizenReportProcess;
import vn.hcmc.feedback.report.process.ReportHandlingProcess;
import vn.hcmc.feedback.report.process.ReportRatingProcess;
import vn.hcmc.feedback.report.process.ReportTriageProcess;

/** The deployed models: forms of every user task deployed with them, full diagrams, the routing table. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ModelsTest {

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    DecisionService decisionService;
    @Autowired
    UnitDirectory directory;

    final ObjectMapper json = new ObjectMapper();

    @Test
    void everyFormReferencedByAUserTaskIsDeployedWithItsProcess() throws Exception {
        List<String> checked = new ArrayList<>();
        for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
            Set<String> formIds = new HashSet<>();
            for (String resource : repositoryService.getDeploymentResourceNames(definition.getDeploymentId())) {
                if (resource.endsWith(".form")) {
                    try (InputStream in = repositoryService.getResourceAsStream(definition.getDeploymentId(), resource)) {
                        formIds.add(json.readTree(in).get("id").asText());
                    }
                }
            }
            BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                assertThat(task.getCamundaFormRef()).as("%s/%s has a formRef", definition.getKey(), task.getId())
                        .isNotBlank();
                assertThat(task.getCamundaFormRefBinding()).isEqualTo("deployment");
                assertThat(formIds).as("form of %s/%s in the same deployment", definition.getKey(), task.getId())
                        .contains(task.getCamundaFormRef());
                assertThat(task.getCamundaCandidateGroups()).as("%s/%s candidate groups", definition.getKey(),
                        task.getId()).isNotBlank();
                checked.add(definition.getKey() + "/" + task.getId());
            }
        }
        assertThat(checked).contains("report-triage/Task_TriageReport", "report-handling/Task_HandleReport",
                "report-handling/Task_DecideExtension", "report-handling/Task_FollowUpOverdue",
                "report-handling/Task_InspectOverdue", "report-handling/Task_ApproveAnswer",
                "report-rating/Task_ReviewRating");
    }

    /**
     * The unit pickers of the triage and handling forms offer every unit by its name, codes only as values
     * (tools/form_unit_options.py writes them from units.yaml).
     */
    @ParameterizedTest
    @ValueSource(strings = {"forms/triage-report.form:unitCode", "forms/handle-report.form:transferUnitCode"})
    void theFormsPickUnitsByNameFromTheWholeDirectory(String formAndKey) throws Exception {
        String[] parts = formAndKey.split(":");
        JsonNode picker = null;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(parts[0])) {
            for (JsonNode component : json.readTree(in).get("components")) {
                if (parts[1].equals(component.path("key").asText())) {
                    picker = component;
                }
            }
        }
        assertThat(picker).as(formAndKey).isNotNull();
        assertThat(picker.get("type").asText()).isEqualTo("select");
        List<String> offered = new ArrayList<>();
        for (JsonNode option : picker.get("values")) {
            String code = option.get("value").asText();
            offered.add(code);
            var unit = directory.unit(code);
            assertThat(unit).as("%s offers %s", formAndKey, code).isPresent();
            assertThat(option.get("label").asText()).isEqualTo(unit.get().nameVi() + " / " + unit.get().nameEn());
        }
        assertThat(offered).as("%s offers every unit (run tools/form_unit_options.py after changing units.yaml)",
                formAndKey).containsExactlyInAnyOrderElementsOf(
                        directory.units().stream().map(vn.hcmc.feedback.directory.Unit::code).toList());
    }

    @Test
    void everyMailToCitizensRunsInItsOwnRetriedJob() {
        ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey("citizen-report").latestVersion().singleResult();
        BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
        List<String> mails = new ArrayList<>();
        for (org.camunda.bpm.model.bpmn.instance.ServiceTask task
                : model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.ServiceTask.class)) {
            String delegate = task.getCamundaDelegateExpression();
            if (delegate == null || !delegate.startsWith("${mail")) {
                continue;
            }
            mails.add(task.getId());
            assertThat(task.isCamundaAsyncBefore()).as(task.getId() + " asynchronous").isTrue();
            String cycle = task.getExtensionElements().getElementsQuery()
                    .filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle.class)
                    .singleResult().getTextContent();
            assertThat(cycle).as(task.getId() + " retry cycle").isEqualTo("R5/PT5M");
        }
        assertThat(mails).containsExactlyInAnyOrder("ServiceTask_MailReceipt", "ServiceTask_MailAnswerPublished",
                "ServiceTask_MailReopened", "ServiceTask_MailClosed");
    }

    /** The request that stores a report only commits the instance and its first job; triage runs in that job. */
    @Test
    void aReportsInstanceStartsAsynchronouslyAndTriageRetries() {
        BpmnModelInstance model = model(CitizenReportProcess.PROCESS_ID);
        StartEvent start = model.getModelElementById(CitizenReportProcess.START);
        assertThat(start.isCamundaAsyncBefore()).as("asynchronous instantiation").isTrue();
        assertThat(start.getExtensionElements().getElementsQuery()
                .filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle.class)
                .singleResult().getTextContent()).isEqualTo("R5/PT5M");
        assertThat(start.getExtensionElements().getElementsQuery().filterByType(CamundaExecutionListener.class)
                .singleResult().getCamundaDelegateExpression()).isEqualTo("${identifyReport}");
        FlowNode split = start.getSucceedingNodes().singleResult();
        assertThat(split.getSucceedingNodes().list()).extracting(FlowNode::getId)
                .containsExactlyInAnyOrder(CitizenReportProcess.TASK_MAIL_RECEIPT, "Gateway_ToTriage");
        CallActivity triage = model.getModelElementById(CitizenReportProcess.CALL_TRIAGE);
        assertThat(triage.isCamundaAsyncBefore()).as("triage runs in the first job").isFalse();
        assertThat(triage.getCalledElement()).isEqualTo(ReportTriageProcess.PROCESS_ID);
        BpmnModelInstance triageModel = model(ReportTriageProcess.PROCESS_ID);
        FlowNode why = ((StartEvent) triageModel.getModelElementById(ReportTriageProcess.START)).getSucceedingNodes()
                .singleResult();
        assertThat(((org.camunda.bpm.model.bpmn.instance.ExclusiveGateway) why).getDefault().getTarget().getId())
                .as("a new report starts with automatic triage").isEqualTo(ReportTriageProcess.TASK_AUTOMATIC_TRIAGE);
    }

    /**
     * citizen-report calls its parts with explicit mappings: the business key (the tracking code, by which the staff
     * API, Tasklist filters and message correlation find a report) and named variables, never "all".
     */
    @Test
    void everyCallOfAReportsPartPassesTheBusinessKeyAndNamedVariablesOnly() {
        BpmnModelInstance model = model(CitizenReportProcess.PROCESS_ID);
        List<String> called = new ArrayList<>();
        for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
            called.add(call.getCalledElement());
            var ins = call.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list();
            var outs = call.getExtensionElements().getElementsQuery().filterByType(CamundaOut.class).list();
            assertThat(ins).as("%s passes the business key", call.getId())
                    .anySatisfy(in -> assertThat(in.getCamundaBusinessKey()).isEqualTo("#{execution.processBusinessKey}"));
            assertThat(ins).as("%s in-mappings", call.getId()).allSatisfy(in -> assertThat(in.getCamundaVariables()).isNull());
            assertThat(outs).as("%s out-mappings", call.getId()).isNotEmpty()
                    .allSatisfy(out -> assertThat(out.getCamundaVariables()).isNull());
            assertThat(call.getCamundaCalledElementBinding()).isEqualTo("latest");
        }
        assertThat(called).containsExactlyInAnyOrder(ReportTriageProcess.PROCESS_ID,
                ReportHandlingProcess.PROCESS_ID, ReportRatingProcess.PROCESS_ID);
    }

    static final List<String> REPORT_MODELS = List.of(CitizenReportProcess.PROCESS_ID, ReportTriageProcess.PROCESS_ID,
            ReportHandlingProcess.PROCESS_ID, ReportRatingProcess.PROCESS_ID);

    /**
     * The report's models draw cleanly in Modeler and Cockpit: every node and flow has its shape or edge; no two
     * shapes, no two labels and no label and shape overlap; no two flows cross; errors are not used for ordinary
     * outcomes (no error events at all).
     */
    @ParameterizedTest
    @ValueSource(strings = {"citizen-report", "report-triage", "report-handling", "report-rating"})
    void aReportModelHasACleanDiagram(String processKey) {
        BpmnModelInstance model = model(processKey);
        Set<String> shapes = new HashSet<>();
        model.getModelElementsByType(BpmnShape.class).forEach(s -> shapes.add(s.getBpmnElement().getId()));
        Set<String> edges = new HashSet<>();
        model.getModelElementsByType(BpmnEdge.class).forEach(e -> {
            assertThat(e.getWaypoints()).hasSizeGreaterThanOrEqualTo(2);
            edges.add(e.getBpmnElement().getId());
        });
        model.getModelElementsByType(FlowNode.class).forEach(n -> assertThat(shapes).contains(n.getId()));
        model.getModelElementsByType(SequenceFlow.class).forEach(f -> assertThat(edges).contains(f.getId()));
        assertThat(model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition.class))
                .as("ordinary outcomes are gateways and end states, not errors").isEmpty();
        assertThat(model.getModelElementsByType(BoundaryEvent.class)).isEmpty();

        List<Box> boxes = new ArrayList<>();
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            if (shape.getBpmnElement() instanceof FlowNode && !(shape.getBpmnElement() instanceof SubProcess)) {
                boxes.add(new Box("shape " + shape.getBpmnElement().getId(), shape.getBounds()));
            }
            if (shape.getBpmnLabel() != null && shape.getBpmnLabel().getBounds() != null) {
                boxes.add(new Box("label of " + shape.getBpmnElement().getId(), shape.getBpmnLabel().getBounds()));
            }
        }
        List<Segment> segments = new ArrayList<>();
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            if (edge.getBpmnLabel() != null && edge.getBpmnLabel().getBounds() != null) {
                boxes.add(new Box("label of " + edge.getBpmnElement().getId(), edge.getBpmnLabel().getBounds()));
            }
            var points = new ArrayList<>(edge.getWaypoints());
            for (int i = 1; i < points.size(); i++) {
                segments.add(new Segment(edge.getBpmnElement().getId(), points.get(i - 1).getX(),
                        points.get(i - 1).getY(), points.get(i).getX(), points.get(i).getY()));
            }
        }
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(boxes.get(i).overlaps(boxes.get(j))).as("%s: %s overlaps %s", processKey,
                        boxes.get(i).name(), boxes.get(j).name()).isFalse();
            }
        }
        for (int i = 0; i < segments.size(); i++) {
            for (int j = i + 1; j < segments.size(); j++) {
                assertThat(segments.get(i).crosses(segments.get(j))).as("%s: %s crosses %s", processKey,
                        segments.get(i).flow(), segments.get(j).flow()).isFalse();
            }
        }
    }

    record Box(String name, double x, double y, double w, double h) {
        Box(String name, Bounds b) {
            this(name, b.getX(), b.getY(), b.getWidth(), b.getHeight());
        }

        boolean overlaps(Box o) {
            return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
        }
    }

    record Segment(String flow, double x1, double y1, double x2, double y2) {
        /** A proper crossing of a horizontal and a vertical segment of two different flows. */
        boolean crosses(Segment o) {
            if (flow.equals(o.flow)) {
                return false;
            }
            Segment h = y1 == y2 ? this : o.y1 == o.y2 ? o : null;
            Segment v = h == this ? o : this;
            if (h == null || v.x1 != v.x2 || h == v) {
                return false;
            }
            return Math.min(h.x1, h.x2) < v.x1 && v.x1 < Math.max(h.x1, h.x2)
                    && Math.min(v.y1, v.y2) < h.y1 && h.y1 < Math.max(v.y1, v.y2);
        }
    }

    private BpmnModelInstance model(String processKey) {
        ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(processKey).latestVersion().singleResult();
        assertThat(definition.getHistoryTimeToLive()).as("%s history time to live", processKey).isNotNull();
        return repositoryService.getBpmnModelInstance(definition.getId());
    }

    @Test
    void theRoutingTableAgreesWithTheCategoriesDefaultUnits() throws Exception {
        for (Category category : directory.categories()) {
            DmnDecisionResultEntries row = route(category.code(), "WARD");
            assertThat(row).as(category.code()).isNotNull();
            assertThat((String) row.get("unit")).as(category.code()).isEqualTo(category.defaultUnit());
            assertThat((String) row.get("priority")).isIn("URGENT", "HIGH", "NORMAL", "LOW");
            if (!category.answeredByWard() && !category.decidedByTriage()) {
                assertThat((String) row.get("unitKind")).isEqualTo(directory.unit(category.defaultUnit())
                        .orElseThrow().kind().name());
            }
            assertThat(route(category.code(), "UNKNOWN")).as(category.code() + " without a known place").isNotNull();
        }
        assertThat((String) route("road_damage", "SPECIAL_ZONE").get("unit")).isEqualTo("WARD");
        assertThat((String) route("road_damage", "COMMUNE").get("unit")).isEqualTo("traffic-infra");
        assertThat(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("report-routing")
                .latestVersion().singleResult().getHistoryTimeToLive()).isNotNull();
    }

    @Test
    void everyCategoryOfEveryOneOfThe168UnitsIsRoutedToAUnitOfTheDirectory() {
        int routed = 0;
        for (var unit : directory.units()) {
            if (!unit.kind().isCommuneLevel()) {
                continue;
            }
            for (Category category : directory.categories()) {
                String target = (String) route(category.code(), unit.kind().name()).get("unit");
                if (Category.TRIAGE.equals(target)) {
                    continue; // "other": a person decides
                }
                String unitCode = Category.WARD.equals(target) ? unit.code() : target;
                assertThat(directory.isUnit(unitCode)).as("%s in %s -> %s", category.code(), unit.code(), unitCode)
                        .isTrue();
                if (category.answeredByWard()) {
                    assertThat(unitCode).as("%s in %s", category.code(), unit.code()).isEqualTo(unit.code());
                }
                routed++;
            }
        }
        assertThat(routed).isEqualTo(168 * 15);
    }

    private DmnDecisionResultEntries route(String category, String placeKind) {
        return decisionService.evaluateDecisionByKey("report-routing").variables(Variables.createVariables()
                .putValue("category", category).putValue("placeKind", placeKind)).evaluate().getFirstResult();
    }
}
