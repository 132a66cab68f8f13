package vn.hcmc.feedback.system;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * Completes a user task for the staff API, so that an official's decision takes the same path as from the Tasklist
 * form: the task's complete listener checks and records it, once. A {@link Refusal} of that listener, which the
 * engine wraps in a {@link ProcessEngineException} (ENGINE-03051), comes out as itself, for the web layer to map.
 */
@Component
public class TaskCompletion {

    private final TaskService taskService;

    public TaskCompletion(TaskService taskService) {
        this.taskService = taskService;
    }

    public void complete(String taskId, Map<String, Object> fields) {
        try {
            taskService.complete(taskId, fields);
        } catch (ProcessEngineException e) {
            for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
                if (cause instanceof Refusal refusal) {
                    throw refusal;
                }
            }
            throw e;
        }
    }
}
