package vn.hcmc.feedback.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import vn.hcmc.feedback.directory.IdentitySync;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Who sees what: unit tasks stay within their unit, the engine and staff APIs need a login. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
class AccessTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    org.camunda.bpm.engine.AuthorizationService authorizationService;
    @Autowired
    IdentitySync identitySync;

    Task benThanhTask;

    @BeforeEach
    void aTaskForBenThanh() {
        benThanhTask = taskService.newTask();
        benThanhTask.setName("Xử lý phản ánh thử / test report");
        taskService.saveTask(benThanhTask);
        taskService.addCandidateGroup(benThanhTask.getId(), "unit-ben-thanh");
    }

    @AfterEach
    void removeTask() {
        identityService.clearAuthentication();
        taskService.deleteTask(benThanhTask.getId(), true);
    }

    @Test
    void taskQueryShowsTheTaskOnlyToItsUnit() {
        assertThat(visibleTo("ben-thanh-staff")).contains(benThanhTask.getId());
        assertThat(visibleTo("ben-thanh-leader")).as("leaders see their unit's work").contains(benThanhTask.getId());
        assertThat(visibleTo("tan-dinh-staff")).doesNotContain(benThanhTask.getId());
        assertThat(visibleTo("triage")).doesNotContain(benThanhTask.getId());
        assertThat(visibleTo("campaign-owner")).doesNotContain(benThanhTask.getId());
    }

    @Test
    void restApiShowsTheTaskOnlyToItsUnit() {
        assertThat(restTaskIds("ben-thanh-staff")).contains(benThanhTask.getId());
        assertThat(restTaskIds("tan-dinh-staff")).doesNotContain(benThanhTask.getId());
        assertThat(rest.withBasicAuth("tan-dinh-staff", "tan-dinh-staff")
                .getForEntity("/engine-rest/task/" + benThanhTask.getId(), String.class).getStatusCode())
                .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    }

    @Test
    void unitOfficialCanWorkItsTaskButNotAnotherUnits() {
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        var claimByOther = rest.withBasicAuth("tan-dinh-staff", "tan-dinh-staff").exchange(
                "/engine-rest/task/" + benThanhTask.getId() + "/claim", HttpMethod.POST,
                new HttpEntity<>(Map.of("userId", "tan-dinh-staff"), json), String.class);
        assertThat(claimByOther.getStatusCode().is4xxClientError()).isTrue();
        assertThat(taskService.createTaskQuery().taskId(benThanhTask.getId()).singleResult().getAssignee()).isNull();

        var claim = rest.withBasicAuth("ben-thanh-staff", "ben-thanh-staff").exchange(
                "/engine-rest/task/" + benThanhTask.getId() + "/claim", HttpMethod.POST,
                new HttpEntity<>(Map.of("userId", "ben-thanh-staff"), json), String.class);
        assertThat(claim.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void tasklistFilterListsTheUnitsOwnTasks() {
        ResponseEntity<List<Map<String, Object>>> filters = rest.withBasicAuth("ben-thanh-staff", "ben-thanh-staff")
                .exchange("/engine-rest/filter?resourceType=Task", HttpMethod.GET, null,
                        new ParameterizedTypeReference<>() { });
        Map<String, Object> unitFilter = filters.getBody().stream()
                .filter(f -> IdentitySync.UNIT_TASKS_FILTER.equals(f.get("name"))).findFirst().orElseThrow();

        assertThat(filterTaskIds(unitFilter, "ben-thanh-staff")).contains(benThanhTask.getId());
        assertThat(filterTaskIds(unitFilter, "tan-dinh-staff")).doesNotContain(benThanhTask.getId());
    }

    private List<String> filterTaskIds(Map<String, Object> filter, String userId) {
        ResponseEntity<List<Map<String, Object>>> tasks = rest.withBasicAuth(userId, userId).exchange(
                "/engine-rest/filter/" + filter.get("id") + "/list", HttpMethod.GET, null,
                new ParameterizedTypeReference<>() { });
        assertThat(tasks.getStatusCode()).isEqualTo(HttpStatus.OK);
        return tasks.getBody().stream().map(t -> (String) t.get("id")).toList();
    }

    /** Tasks created before TASK_WORK was the default carry UPDATE for their candidates; the sync narrows it. */
    @Test
    void theSyncNarrowsAnOlderUpdateGrantOnATaskToWork() {
        Authorization older = authorizationService.createAuthorizationQuery().resourceType(Resources.TASK)
                .resourceId(benThanhTask.getId()).groupIdIn("unit-ben-thanh").singleResult();
        assertThat(older.isPermissionGranted(TaskPermissions.TASK_WORK)).as("granted by the engine today").isTrue();
        older.removePermission(TaskPermissions.TASK_WORK);
        older.addPermission(Permissions.UPDATE);
        authorizationService.saveAuthorization(older);

        identitySync.sync();

        Authorization narrowed = authorizationService.createAuthorizationQuery().resourceType(Resources.TASK)
                .resourceId(benThanhTask.getId()).groupIdIn("unit-ben-thanh").singleResult();
        assertThat(narrowed.isPermissionGranted(Permissions.UPDATE)).isFalse();
        assertThat(narrowed.isPermissionGranted(TaskPermissions.TASK_WORK)).isTrue();
        assertThat(narrowed.isPermissionGranted(Permissions.READ)).isTrue();
    }

    @Test
    void managersAndInspectorsReadEverythingButChangeNothing() {
        assertThat(visibleTo("manager")).contains(benThanhTask.getId());
        assertThat(visibleTo("inspector")).contains(benThanhTask.getId());

        authenticate("manager");
        assertThatThrownBy(() -> taskService.claim(benThanhTask.getId(), "manager"))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> taskService.complete(benThanhTask.getId()))
                .isInstanceOf(AuthorizationException.class);
    }

    @Test
    void engineRestNeedsCredentials() {
        assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.getForEntity("/engine-rest/process-definition", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("nobody", "wrong").getForEntity("/engine-rest/task", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void staffApiNeedsAnOfficial() {
        assertThat(rest.getForEntity("/api/staff/me", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("nobody", "nope").getForEntity("/api/staff/me", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        ResponseEntity<Map<String, Object>> me = rest.withBasicAuth("ben-thanh-leader", "ben-thanh-leader")
                .exchange("/api/staff/me", HttpMethod.GET, null, new ParameterizedTypeReference<>() { });
        assertThat(me.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(me.getBody()).containsEntry("userId", "ben-thanh-leader")
                .containsEntry("units", List.of("ben-thanh"))
                .containsEntry("leaderOf", List.of("ben-thanh"));
    }

    @Test
    void metricsAreForManagersHealthForAll() {
        assertThat(rest.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rest.getForEntity("/actuator/prometheus", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("ben-thanh-staff", "ben-thanh-staff")
                .getForEntity("/actuator/prometheus", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> metrics = rest.withBasicAuth("manager", "manager")
                .getForEntity("/actuator/prometheus", String.class);
        assertThat(metrics.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(metrics.getBody()).contains("jvm_memory_used_bytes");
        ResponseEntity<String> health = rest.withBasicAuth("manager", "manager")
                .getForEntity("/actuator/health", String.class);
        assertThat(health.getBody()).contains("\"db\"");
    }

    @Test
    void publicListsAreOpenAndOversizedRequestsRefused() {
        ResponseEntity<List<Map<String, Object>>> units = rest.exchange("/api/units", HttpMethod.GET, null,
                new ParameterizedTypeReference<>() { });
        assertThat(units.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(units.getBody()).anySatisfy(u -> assertThat(u).containsEntry("code", "ben-thanh")
                .containsEntry("nameVi", "Phường Bến Thành").containsEntry("kind", "WARD"));

        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        String huge = "{\"description\":\"" + "a".repeat(300 * 1024) + "\"}";
        ResponseEntity<String> tooLarge = rest.exchange("/api/reports", HttpMethod.POST, new HttpEntity<>(huge, json),
                String.class);
        assertThat(tooLarge.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(tooLarge.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(tooLarge.getBody()).contains("urn:feedback:problem:payload-too-large");

        ResponseEntity<String> chunkedTooLarge = rest.exchange("/api/reports", HttpMethod.POST,
                new HttpEntity<>(Map.of("description", "a".repeat(300 * 1024)), json), String.class);
        assertThat(chunkedTooLarge.getStatusCode()).as("a body sent without a length").isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    }

    private List<String> visibleTo(String userId) {
        authenticate(userId);
        try {
            return taskService.createTaskQuery().list().stream().map(Task::getId).toList();
        } finally {
            identityService.clearAuthentication();
        }
    }

    private void authenticate(String userId) {
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).toList();
        identityService.setAuthentication(userId, groups);
    }

    private List<String> restTaskIds(String userId) {
        ResponseEntity<List<Map<String, Object>>> tasks = rest.withBasicAuth(userId, userId).exchange(
                "/engine-rest/task", HttpMethod.GET, null, new ParameterizedTypeReference<>() { });
        assertThat(tasks.getStatusCode()).isEqualTo(HttpStatus.OK);
        return tasks.getBody().stream().map(t -> (String) t.get("id")).toList();
    }
}
