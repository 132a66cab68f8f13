package vn.hcmc.feedback.adoption;

import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.system.TaskCompletion;
import vn.hcmc.feedback.directory.Unit;

/** The campaign's side of the engine: starting the process, finding its open tasks, completing them. */
@Component
public class AdoptionWorkflow {

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final TaskCompletion tasks;

    public AdoptionWorkflow(RuntimeService runtimeService, TaskService taskService, TaskCompletion tasks) {
        this.tasks = tasks;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
    }

    /** Starts the campaign's process; each unit's reporting then starts in its own job. */
    public String start(Long campaignId) {
        return runtimeService.startProcessInstanceByKey(AdoptionProcess.PROCESS_ID,
                AdoptionProcess.businessKey(campaignId), Map.of(AdoptionProcess.CAMPAIGN_ID, campaignId)).getId();
    }

    /** The unit's open "Report progress" task, claimed or not. */
    public Optional<Task> reportTask(String processInstanceId, String unitCode) {
        return Optional.ofNullable(taskService.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(AdoptionProcess.REPORT_PROGRESS)
                .taskCandidateGroup(Unit.leadersGroupOf(unitCode)).includeAssignedTasks().singleResult());
    }

    public Optional<Task> task(String processInstanceId, String taskDefinitionKey) {
        return Optional.ofNullable(taskService.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(taskDefinitionKey).singleResult());
    }

    public int periodOf(Task reportTask) {
        return ((Number) taskService.getVariable(reportTask.getId(), AdoptionProcess.PERIOD_NO)).intValue();
    }

    /** Completes the task; its complete listener checks and records the decision (a Refusal comes out as is). */
    public void complete(Task task, Map<String, Object> variables) {
        tasks.complete(task.getId(), variables);
    }
}
