package vn.hcmc.feedback.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.hcmc.feedback.directory.CityGroups;
import vn.hcmc.feedback.system.ApiProblem;

/**
 * What Camunda's REST API lets an official write, narrowed to what their work needs (issue 16). It guards
 * {@code /engine-rest} and the webapps' engine API behind Tasklist ({@code /camunda/api/engine}), after the caller is
 * authenticated:
 * <ul>
 *   <li>A task is completed ({@code complete}, {@code submit-form}, {@code resolve}) with the fields of its form and
 *       nothing else: 400 names a variable that is not on the form (the unit, the escalation groups, the deadlines
 *       are never a form's field), and nothing is stored.</li>
 *   <li>A comment or attachment on a task is written only by whoever may work the task (its assignee, owner,
 *       candidate users and groups) or an administrator: 403 for the read-only overseers, who see every task.
 *       Camunda itself checks no permission there.</li>
 *   <li>A task of a process is not deleted (Camunda refuses it with a 500): 409 says why.</li>
 * </ul>
 * Writing a variable directly is refused by the engine: officials hold TASK_WORK on their tasks, not UPDATE
 * ({@code defaultUserPermissionNameForTask} in application.yml), and nothing on process instances.
 */
class EngineWriteGuard extends OncePerRequestFilter {

    static final String ENGINE_API = "/camunda/api/engine/*";

    private static final String TASK_PATH = "^(/engine-rest|/camunda/api/engine)(?:/engine/([^/]+))?/task/([^/]+)";
    private static final Pattern TASK = Pattern.compile(TASK_PATH + "/?$");
    private static final Pattern COMPLETION = Pattern.compile(TASK_PATH + "/(?:complete|submit-form|resolve)/?$");
    private static final Pattern NOTE = Pattern.compile(TASK_PATH + "/(?:comment|attachment)(?:/.*)?$");
    private static final int MAX_COMPLETION_BYTES = 1 << 20;

    private final IdentityService identityService;
    private final TaskService taskService;
    private final TaskForms taskForms;
    private final ObjectMapper objectMapper;

    EngineWriteGuard(IdentityService identityService, TaskService taskService, TaskForms taskForms,
                     ObjectMapper objectMapper) {
        this.identityService = identityService;
        this.taskService = taskService;
        this.taskForms = taskForms;
        this.objectMapper = objectMapper;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        Matcher completion = COMPLETION.matcher(path);
        if (completion.matches() && "POST".equals(request.getMethod())) {
            byte[] body = request.getInputStream().readNBytes(MAX_COMPLETION_BYTES + 1);
            if (body.length > MAX_COMPLETION_BYTES) {
                // not passed on unchecked: a form's fields never take a megabyte
                refuse(response, HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large",
                        "Yêu cầu quá lớn / Payload too large",
                        "A task's completion carries at most " + MAX_COMPLETION_BYTES + " bytes.");
                return;
            }
            Task task = readableTask(completion.group(3));
            if (task != null) {
                List<String> notOnForm = notOnForm(body, taskForms.fieldsOf(task));
                if (!notOnForm.isEmpty()) {
                    refuse(response, HttpStatus.BAD_REQUEST, "not-a-form-field",
                            "Trường không có trên biểu mẫu / Not a field of the form",
                            "The form of task " + task.getTaskDefinitionKey() + " has no field "
                                    + String.join(", ", notOnForm) + "; a completion sets only the form's fields.");
                    return;
                }
            }
            // an unknown or unreadable task, or a body that is not JSON: the engine answers (404, 403, 400)
            chain.doFilter(new BufferedBodyRequest(request, body), response);
            return;
        }
        Matcher taskItself = TASK.matcher(path);
        if (taskItself.matches() && "DELETE".equals(request.getMethod())) {
            Task task = readableTask(taskItself.group(3));
            if (task != null && task.getProcessInstanceId() != null) {
                refuse(response, HttpStatus.CONFLICT, "task-of-a-process",
                        "Không xoá được việc của quy trình / A process's task cannot be deleted",
                        "Task " + task.getId() + " belongs to a running process: it ends when the process goes on. "
                                + "Complete it, or cancel the process instance in Cockpit.");
                return;
            }
        }
        Matcher note = NOTE.matcher(path);
        if (note.matches()) {
            Caller caller = caller(request, note.group(1), note.group(2));
            Task task = readableTask(note.group(3));
            if (caller != null && task != null && !mayWork(caller, task)) {
                refuse(response, HttpStatus.FORBIDDEN, "read-only",
                        "Chỉ được xem / Read-only",
                        "Only whoever may work task " + task.getId() + " writes its comments and attachments; "
                                + caller.userId() + " may read it only.");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private record Caller(String userId, List<String> groupIds) {
    }

    /**
     * Who calls: the engine's authentication when a filter before this one set it; else on {@code /engine-rest} the
     * user of the HTTP Basic credentials (their password is checked by Camunda's filter, which answers 401 to a wrong
     * one, so a false name is refused or gets nothing), and on the webapps' engine API the Tasklist or Cockpit login
     * kept in the session. Null when nobody logs in: the engine API then refuses the request itself.
     */
    private Caller caller(HttpServletRequest request, String api, String engineName) {
        Authentication engine = identityService.getCurrentAuthentication();
        if (engine != null) {
            return new Caller(engine.getUserId(), engine.getGroupIds());
        }
        if (api.equals("/engine-rest")) {
            String user = LoginThrottleFilter.basicUser(request);
            return user == null ? null : new Caller(user, List.of());
        }
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Authentications logins = AuthenticationUtil.getAuthsFromSession(session);
        if (logins == null || !(logins.getAuthenticationForProcessEngine(engineName == null ? "default" : engineName)
                instanceof UserAuthentication login)) {
            return null;
        }
        return new Caller(login.getIdentityId(), login.getGroupIds());
    }

    /** The task as the caller may read it, or null (the engine then answers the request itself: 404 or 403). */
    private Task readableTask(String taskId) {
        return taskService.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
    }

    private List<String> notOnForm(byte[] body, Set<String> fields) {
        JsonNode variables;
        try {
            variables = objectMapper.readTree(body).path("variables");
        } catch (IOException notJson) {
            return List.of(); // the engine refuses a body that is not JSON itself (400), with nothing stored

        }
        List<String> extra = new ArrayList<>();
        variables.fieldNames().forEachRemaining(name -> {
            if (!fields.contains(name)) {
                extra.add(name);
            }
        });
        return extra;
    }

    private boolean mayWork(Caller caller, Task task) {
        Set<String> groups = new TreeSet<>(caller.groupIds() == null ? List.of() : caller.groupIds());
        if (groups.isEmpty()) {
            identityService.createGroupQuery().groupMember(caller.userId()).list().stream().map(Group::getId)
                    .forEach(groups::add);
        }
        if (groups.contains(CityGroups.CAMUNDA_ADMIN) || caller.userId().equals(task.getAssignee())
                || caller.userId().equals(task.getOwner())) {
            return true;
        }
        for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
            if (caller.userId().equals(link.getUserId()) || (link.getGroupId() != null
                    && groups.contains(link.getGroupId()))) {
                return true;
            }
        }
        return false;
    }

    private void refuse(HttpServletResponse response, HttpStatus status, String slug, String title, String detail)
            throws IOException {
        ApiProblem.write(response, objectMapper, status, slug, title, detail);
    }
}
