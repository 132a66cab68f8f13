package vn.hcmc.feedback.adoption;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;

/** The model as the modeller and Cockpit see it: a complete diagram, forms and groups on every user task. */
class AdoptionModelTest {

    final BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("processes/adoption-campaign.bpmn").toFile());

    @Test
    void everyNodeAndFlowIsDrawn() {
        Set<String> shapes = model.getModelElementsByType(BpmnShape.class).stream()
                .map(s -> s.getBpmnElement().getId()).collect(Collectors.toSet());
        Set<String> edges = model.getModelElementsByType(BpmnEdge.class).stream()
                .filter(e -> e.getWaypoints().size() >= 2).map(e -> e.getBpmnElement().getId())
                .collect(Collectors.toSet());
        Collection<FlowNode> nodes = model.getModelElementsByType(FlowNode.class);
        assertThat(nodes).hasSizeGreaterThan(20);
        assertThat(nodes).allSatisfy(n -> assertThat(shapes).as("shape of " + n.getId()).contains(n.getId()));
        assertThat(model.getModelElementsByType(SequenceFlow.class))
                .allSatisfy(f -> assertThat(edges).as("edge of " + f.getId()).contains(f.getId()));
    }

    @Test
    void processAndTasksFollowTheConventions() {
        Process process = model.getModelElementById(AdoptionProcess.PROCESS_ID);
        assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("P365D");
        assertThat(model.getModelElementsByType(UserTask.class)).hasSize(3).allSatisfy(task -> {
            assertThat(task.getCamundaFormRef()).startsWith("adoption-");
            assertThat(task.getCamundaFormRefBinding()).isEqualTo("deployment");
            assertThat(task.getCamundaCandidateGroups()).isNotBlank();
            Path form = Path.of("forms", task.getCamundaFormRef() + ".form");
            assertThat(form).exists();
            try {
                JsonNode json = new ObjectMapper().readTree(form.toFile());
                assertThat(json.get("id").asText()).isEqualTo(task.getCamundaFormRef());
                assertThat(json.get("components")).allSatisfy(c -> {
                    if (c.has("key")) {
                        assertThat(c.get("label").asText()).as("Vietnamese label").isNotBlank();
                        assertThat(c.get("description").asText()).as("English description").isNotBlank();
                    }
                });
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        for (String mailTask : new String[] {AdoptionProcess.SEND_REMINDER, AdoptionProcess.ESCALATE}) {
            ServiceTask task = model.getModelElementById(mailTask);
            assertThat(task.isCamundaAsyncBefore()).as(mailTask + " is asynchronous").isTrue();
        }
    }
}
