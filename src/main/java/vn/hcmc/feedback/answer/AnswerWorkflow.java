package vn.hcmc.feedback.answer;

import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.report.process.ReportRatingProcess;
import vn.hcmc.feedback.system.Refusal;
import vn.hcmc.feedback.system.TaskCompletion;

/** The engine side of the answer commands: the report's open tasks, completing them, the rating message. */
@Component
public class AnswerWorkflow {

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final TaskCompletion tasks;

    public AnswerWorkflow(TaskService taskService, RuntimeService runtimeService, TaskCompletion tasks) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.tasks = tasks;
    }

    /** The report's open task of that kind (the business key of a report's process is its tracking code). */
    public Optional<Task> task(String trackingCode, String taskDefinitionKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(trackingCode)
                .taskDefinitionKey(taskDefinitionKey).list().stream().findFirst();
    }

    /** Completes the task; its complete listener checks and records the decision (a Refusal comes out as is). */
    public void complete(Task task, Map<String, Object> variables) {
        tasks.complete(task.getId(), variables);
    }

    /** Tells the report's process that the answer was rated; 409 when it does not wait for a rating. */
    public void rated(String trackingCode, int score) {
        try {
            runtimeService.createMessageCorrelation(ReportRatingProcess.MESSAGE_REPORT_RATED)
                    .processInstanceBusinessKey(trackingCode)
                    .setVariable(ReportRatingProcess.RATING_SCORE, score)
                    .correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw Refusal.conflict("not-ratable", "Report " + trackingCode + " is not waiting for a rating.");
        }
    }
}
