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
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.hcmc.feedback.directory.Category;
import vn.hcmc.feedback.directory.UnitDirectory;

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
        assertThat(checked).contains("citizen-report/Task_TriageReport", "citizen-report/Task_HandleReport",
                "citizen-report/Task_DecideExtension", "citizen-report/Task_FollowUpOverdue",
                "citizen-report/Task_InspectOverdue", "citizen-report/Task_ApproveAnswer",
                "citizen-report/Task_ReviewRating");
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
        ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey("citizen-report").latestVersion().singleResult();
        BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
        org.camunda.bpm.model.bpmn.instance.StartEvent start = model.getModelElementById("StartEvent_ReportReceived");
        assertThat(start.isCamundaAsyncBefore()).as("asynchronous instantiation").isTrue();
        assertThat(start.getExtensionElements().getElementsQuery()
                .filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle.class)
                .singleResult().getTextContent()).isEqualTo("R5/PT5M");
        assertThat(start.getSucceedingNodes().singleResult().getId()).isEqualTo("ServiceTask_AutomaticTriage");
    }

    @Test
    void citizenReportHasACompleteDiagram() {
        ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey("citizen-report").latestVersion().singleResult();
        BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
        Set<String> shapes = new HashSet<>();
        model.getModelElementsByType(BpmnShape.class).forEach(s -> shapes.add(s.getBpmnElement().getId()));
        Set<String> edges = new HashSet<>();
        model.getModelElementsByType(BpmnEdge.class).forEach(e -> {
            assertThat(e.getWaypoints()).hasSizeGreaterThanOrEqualTo(2);
            edges.add(e.getBpmnElement().getId());
        });
        model.getModelElementsByType(FlowNode.class).forEach(n -> assertThat(shapes).contains(n.getId()));
        model.getModelElementsByType(SequenceFlow.class).forEach(f -> assertThat(edges).contains(f.getId()));
        assertThat(definition.getHistoryTimeToLive()).isNotNull();

        // no two shapes of tasks, events or gateways overlap (containers and boundary events excepted)
        List<BpmnShape> nodes = model.getModelElementsByType(BpmnShape.class).stream()
                .filter(shape -> shape.getBpmnElement() instanceof FlowNode)
                .filter(shape -> !(shape.getBpmnElement() instanceof SubProcess))
                .filter(shape -> !(shape.getBpmnElement() instanceof BoundaryEvent))
                .toList();
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                Bounds a = nodes.get(i).getBounds();
                Bounds b = nodes.get(j).getBounds();
                boolean overlap = a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
                        && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
                assertThat(overlap).as("%s overlaps %s", nodes.get(i).getBpmnElement().getId(),
                        nodes.get(j).getBpmnElement().getId()).isFalse();
            }
        }
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
