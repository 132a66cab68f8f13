package vn.hcmc.feedback.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The fields of a user task's form (Camunda Forms, {@code forms/*.form}): the keys of its components, which are the
 * only variables an official's completion of that task may carry. Read from the deployed form once per process
 * definition and task.
 */
@Component
class TaskForms {

    private final FormService formService;
    private final ObjectMapper objectMapper;
    private final Map<String, Set<String>> fieldsByTask = new ConcurrentHashMap<>();

    TaskForms(FormService formService, ObjectMapper objectMapper) {
        this.formService = formService;
        this.objectMapper = objectMapper;
    }

    /** The task's form fields; none for a task without a form (a task created by hand). */
    Set<String> fieldsOf(Task task) {
        if (task.getCamundaFormRef() == null && task.getFormKey() == null) {
            return Set.of();
        }
        if (task.getProcessDefinitionId() == null) {
            return read(task);
        }
        return fieldsByTask.computeIfAbsent(task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(),
                key -> read(task));
    }

    private Set<String> read(Task task) {
        try (InputStream form = formService.getDeployedTaskForm(task.getId())) {
            Set<String> keys = new LinkedHashSet<>();
            collectKeys(objectMapper.readTree(form), keys);
            return Collections.unmodifiableSet(keys);
        } catch (IOException e) {
            throw new UncheckedIOException("form of task " + task.getId() + " is not readable JSON", e);
        }
    }

    private static void collectKeys(JsonNode component, Set<String> keys) {
        if (component.hasNonNull("key") && component.has("type")) {
            keys.add(component.get("key").asText());
        }
        component.path("components").forEach(child -> collectKeys(child, keys));
    }
}
