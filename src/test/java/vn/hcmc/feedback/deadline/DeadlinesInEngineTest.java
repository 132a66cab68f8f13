package vn.hcmc.feedback.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The {@code deadlines} bean as BPMN expressions use it, and the holidayCalendar health component. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeadlinesInEngineTest {

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    TestRestTemplate rest;

    Deployment deployment;

    @AfterEach
    void undeploy() {
        if (deployment != null) {
            repositoryService.deleteDeployment(deployment.getId(), true);
        }
    }

    @Test
    void taskDueAndFollowUpDatesComeFromTheCalendar() {
        String key = "slaExpressionTest" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        BpmnModelInstance model = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("Task_Handle")
                .camundaDueDate("${deadlines.toDate(deadlines.addPolicyDuration(receivedAt, 'P7D'))}")
                .camundaFollowUpDate("${deadlines.fractionPoint(receivedAt, deadlines.addWorkingDays(receivedAt, 7), 0.75)}")
                .endEvent()
                .done();
        deployment = repositoryService.createDeployment().addModelInstance(key + ".bpmn", model).deploy();

        ProcessInstance instance = runtimeService.startProcessInstanceByKey(key,
                Map.of("receivedAt", "2026-02-13T16:00:00+07:00"));
        Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();

        assertThat(task.getDueDate()).as("7 working days across Tết 2026")
                .isEqualTo(Date.from(OffsetDateTime.parse("2026-03-03T17:00+07:00").toInstant()));
        assertThat(task.getFollowUpDate()).as("reminder at 75%, an ISO string accepted by the engine")
                .isEqualTo(Date.from(OffsetDateTime.parse("2026-03-02T09:15+07:00").toInstant()));
    }

    @Test
    void applySlaPolicyWritesTheDeadlinesThatTimersAndTasksUse() {
        String key = "slaDelegateTest" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        BpmnModelInstance model = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
                .startEvent()
                .serviceTask("Task_ApplySlaPolicy").camundaDelegateExpression("${applySlaPolicy}")
                .userTask("Task_Handle")
                .camundaDueDate("${answerDueAt}")
                .camundaFollowUpDate("${deadlines.toDate(reminderAt)}")
                .camundaCandidateGroups("unit-${unitCode}")
                .boundaryEvent("Timer_Reminder").cancelActivity(false).timerWithDate("${reminderAt}")
                .endEvent("End_Reminded")
                .moveToActivity("Task_Handle")
                .endEvent()
                .done();
        deployment = repositoryService.createDeployment().addModelInstance(key + ".bpmn", model).deploy();

        ProcessInstance instance = runtimeService.startProcessInstanceByKey(key, Map.of(
                "category", "road_damage", "priority", "NORMAL", "unitCode", "ben-thanh",
                "receivedAt", "2026-02-13T16:00:00+07:00"));

        Map<String, Object> variables = runtimeService.getVariables(instance.getId());
        assertThat(variables)
                .containsEntry("acceptDueAt", "2026-02-23T16:00:00+07:00")
                .containsEntry("answerDueAt", "2026-03-03T17:00:00+07:00")
                .containsEntry("reminderAt", "2026-03-02T09:15:00+07:00")
                .containsEntry("answerDeadline", "P7D")
                .containsEntry("escalationGroup1", "unit-ben-thanh-leaders")
                .containsEntry("escalationGroup2", "city-inspectorate")
                .containsEntry("overdue", false);
        Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(task.getDueDate()).as("an ISO string variable works as dueDate")
                .isEqualTo(Date.from(OffsetDateTime.parse("2026-03-03T17:00+07:00").toInstant()));
        assertThat(task.getFollowUpDate())
                .isEqualTo(Date.from(OffsetDateTime.parse("2026-03-02T09:15+07:00").toInstant()));
        assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult()
                .getDuedate()).as("an ISO string variable works as timer timeDate")
                .isEqualTo(Date.from(OffsetDateTime.parse("2026-03-02T09:15+07:00").toInstant()));
    }

    @Test
    void healthShowsTheHolidayCalendarUp() {
        ResponseEntity<Map> response = rest.withBasicAuth("manager", "manager").getForEntity("/actuator/health", Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> component = (Map<String, Object>) ((Map<String, Object>) response.getBody()
                .get("components")).get("holidayCalendar");
        assertThat(component).containsEntry("status", "UP");
        assertThat((Map<String, Object>) component.get("details")).containsEntry("years", List.of(2025, 2026))
                .containsEntry("officeHours", List.of("07:30-11:30", "13:00-17:00"));
    }
}
