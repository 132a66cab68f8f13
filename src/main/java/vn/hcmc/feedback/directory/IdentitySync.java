package vn.hcmc.feedback.directory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hcmc.feedback.notification.process.MailDeliveryProcess;

/**
 * Brings Camunda's identity in line with the reference data: a group per unit and per unit's leaders, the
 * city-wide groups, the demo officials when demo data is on, each group's authorizations, and the Tasklist filter
 * that shows officials their unit's work. Idempotent: it only adds what is missing, so every start of every node
 * may run it.
 *
 * <p>With 168 wards and communes and the city bodies there are some 360 groups, 1,100 group authorizations and, in
 * the demo, 360 officials: what exists is read in a few queries (groups, the authorizations of each resource type,
 * the demo users, their memberships), and everything missing is written in one transaction.
 *
 * <p>Unit staff see a task because Camunda grants its candidate groups READ and TASK_WORK on it when the process
 * creates it (claim and complete, never a variable write: {@code defaultUserPermissionNameForTask}); tasks created
 * before that setting carry UPDATE, which the sync narrows to TASK_WORK. No group is granted READ on all tasks except
 * the read-only overseers (managers, inspectorate).
 */
@Service
public class IdentitySync {

    private static final Logger log = LoggerFactory.getLogger(IdentitySync.class);
    public static final String UNIT_TASKS_FILTER = "Việc của đơn vị tôi / My unit's tasks";

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final FilterService filterService;
    private final TaskService taskService;
    private final UnitDirectory directory;
    private final DemoOfficials demoOfficials;
    private final boolean demoEnabled;
    private final TransactionTemplate transaction;

    public IdentitySync(IdentityService identityService, AuthorizationService authorizationService,
                        FilterService filterService, TaskService taskService, UnitDirectory directory,
                        DemoOfficials demoOfficials, @Value("${feedback.demo.enabled}") boolean demoEnabled,
                        PlatformTransactionManager transactionManager) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.filterService = filterService;
        this.taskService = taskService;
        this.directory = directory;
        this.demoOfficials = demoOfficials;
        this.demoEnabled = demoEnabled;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /**
     * Runs the sync; when another node starting at the same moment created the same entry first, the unique key
     * refuses ours and one more pass finds everything in place.
     */
    public Result sync() {
        long started = System.nanoTime();
        Result result;
        try {
            result = transaction.execute(status -> syncOnce());
        } catch (BadUserRequestException invalid) {
            throw invalid;
        } catch (ProcessEngineException firstAttempt) {
            log.info("Identity sync met a concurrent change ({}); running it once more", firstAttempt.getMessage());
            result = transaction.execute(status -> syncOnce());
        }
        log.info("Identity sync: created {} groups, {} users, {} memberships, {} authorizations ({} units, demo "
                        + "officials {}) in {} ms", result.groupsCreated(), result.usersCreated(),
                result.membershipsCreated(), result.authorizationsCreated(), directory.units().size(),
                demoEnabled ? "on" : "off", (System.nanoTime() - started) / 1_000_000);
        return result;
    }

    private Result syncOnce() {
        Counter counter = new Counter();
        Map<String, Group> groups = new HashMap<>();
        identityService.createGroupQuery().list().forEach(g -> groups.put(g.getId(), g));
        Existing existing = new Existing(groups, new HashMap<>());
        for (CityGroups.CityGroup group : CityGroups.ALL) {
            ensureGroup(group.id(), group.name(), "WORKFLOW", existing, counter);
        }
        for (Unit unit : directory.units()) {
            ensureGroup(unit.staffGroup(), unit.nameVi(), "UNIT", existing, counter);
            ensureGroup(unit.leadersGroup(), "Lãnh đạo " + unit.nameVi(), "UNIT_LEADERS", existing, counter);
            grantWorker(unit.staffGroup(), existing, counter);
            grantWorker(unit.leadersGroup(), existing, counter);
        }
        grantWorker(CityGroups.TRIAGE_DESK, existing, counter);
        grantWorker(CityGroups.CAMPAIGN_OWNERS, existing, counter);
        grantWorker(CityGroups.CITY_LEADERS, existing, counter);
        grantOverseer(CityGroups.MANAGERS, existing, counter);
        grantOverseer(CityGroups.CITY_INSPECTORATE, existing, counter);
        grantOverseer(CityGroups.OPERATORS, existing, counter);
        grantOperator(CityGroups.OPERATORS, existing, counter);
        ensureUnitTasksFilter(counter);
        narrowTaskGrantsToWork(counter);
        if (demoEnabled) {
            ensureOfficials(demoOfficials.load(), counter);
        }
        return new Result(counter.groups, counter.users, counter.memberships, counter.authorizations);
    }

    /** The demo officials and their memberships: the existing ones read in one query each. */
    private void ensureOfficials(List<Official> officials, Counter counter) {
        if (officials.isEmpty()) {
            return;
        }
        String[] ids = officials.stream().map(Official::id).toArray(String[]::new);
        Set<String> users = new HashSet<>();
        identityService.createUserQuery().userIdIn(ids).list().forEach(u -> users.add(u.getId()));
        Set<String> memberships = new HashSet<>();
        for (String groupId : officials.stream().flatMap(o -> o.allGroups().stream()).distinct().toList()) {
            if (!users.isEmpty()) {
                identityService.createUserQuery().memberOfGroup(groupId).list()
                        .forEach(u -> memberships.add(u.getId() + "\n" + groupId));
            }
        }
        for (Official official : officials) {
            if (!users.contains(official.id())) {
                User user = identityService.newUser(official.id());
                user.setFirstName(official.firstName());
                user.setLastName(official.lastName());
                user.setEmail(official.email());
                user.setPassword(official.id());
                identityService.saveUser(user);
                counter.users++;
            }
            for (String group : official.allGroups()) {
                if (!memberships.contains(official.id() + "\n" + group)) {
                    identityService.createMembership(official.id(), group);
                    counter.memberships++;
                }
            }
        }
    }

    /** Per-task grants of UPDATE (made before TASK_WORK was the default) become TASK_WORK: no variable writes. */
    private void narrowTaskGrantsToWork(Counter counter) {
        int kept = 0; // grants that match but stay as they are (on all tasks, or ALL): skipped on the next page
        while (true) {
            List<Authorization> page = authorizationService.createAuthorizationQuery().resourceType(Resources.TASK)
                    .hasPermission(Permissions.UPDATE).listPage(kept, 500);
            for (Authorization authorization : page) {
                if (Authorization.ANY.equals(authorization.getResourceId()) || authorization.isEveryPermissionGranted()) {
                    kept++;
                    continue;
                }
                authorization.removePermission(Permissions.UPDATE);
                authorization.addPermission(TaskPermissions.TASK_WORK);
                authorizationService.saveAuthorization(authorization);
                counter.authorizations++;
            }
            if (page.size() < 500) {
                return;
            }
        }
    }

    /** Tasklist, process names, and the work of its own tasks (granted per task by candidate group). */
    private void grantWorker(String groupId, Existing existing, Counter counter) {
        grant(groupId, Resources.APPLICATION, "tasklist", existing, counter, Permissions.ACCESS);
        grant(groupId, Resources.PROCESS_DEFINITION, "*", existing, counter, Permissions.READ);
        grant(groupId, Resources.DECISION_DEFINITION, "*", existing, counter, Permissions.READ);
    }

    /** Cockpit and Tasklist, reading everything, changing nothing. */
    private void grantOverseer(String groupId, Existing existing, Counter counter) {
        grant(groupId, Resources.APPLICATION, "cockpit", existing, counter, Permissions.ACCESS);
        grant(groupId, Resources.APPLICATION, "tasklist", existing, counter, Permissions.ACCESS);
        grant(groupId, Resources.PROCESS_DEFINITION, "*", existing, counter, Permissions.READ,
                Permissions.READ_INSTANCE, Permissions.READ_HISTORY, Permissions.READ_TASK);
        grant(groupId, Resources.PROCESS_INSTANCE, "*", existing, counter, Permissions.READ);
        grant(groupId, Resources.TASK, "*", existing, counter, Permissions.READ);
        grant(groupId, Resources.DECISION_DEFINITION, "*", existing, counter, Permissions.READ,
                Permissions.READ_HISTORY);
        grant(groupId, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", existing, counter, Permissions.READ);
        grant(groupId, Resources.DEPLOYMENT, "*", existing, counter, Permissions.READ);
        grant(groupId, Resources.HISTORIC_TASK, "*", existing, counter, HistoricTaskPermissions.READ);
        grant(groupId, Resources.HISTORIC_PROCESS_INSTANCE, "*", existing, counter,
                HistoricProcessInstancePermissions.READ);
    }

    /**
     * Besides reading: retry a failed job (a triage that failed) or a mail delivery that ran out of attempts from
     * Cockpit's incident, one by one or as a batch. Nothing else on the business processes: no variable, no deletion,
     * no migration, no task.
     */
    private void grantOperator(String groupId, Existing existing, Counter counter) {
        grant(groupId, Resources.PROCESS_INSTANCE, "*", existing, counter, Permissions.READ,
                ProcessInstancePermissions.RETRY_JOB);
        grant(groupId, Resources.PROCESS_DEFINITION, "*", existing, counter, Permissions.READ,
                Permissions.READ_INSTANCE, Permissions.READ_HISTORY, Permissions.READ_TASK,
                ProcessDefinitionPermissions.RETRY_JOB);
        // a mail the server refused is an external task of mail-delivery (sent by the mail worker, not by a job):
        // Camunda asks UPDATE_INSTANCE to set its retries, on mail-delivery only, no business process
        grant(groupId, Resources.PROCESS_DEFINITION, MailDeliveryProcess.PROCESS_ID, existing, counter,
                Permissions.READ, Permissions.READ_INSTANCE, Permissions.READ_HISTORY, Permissions.UPDATE_INSTANCE);
        grant(groupId, Resources.BATCH, "*", existing, counter, Permissions.READ,
                BatchPermissions.CREATE_BATCH_SET_JOB_RETRIES,
                BatchPermissions.CREATE_BATCH_SET_EXTERNAL_TASK_RETRIES);
        grant(groupId, Resources.HISTORIC_PROCESS_INSTANCE, "*", existing, counter,
                HistoricProcessInstancePermissions.READ);
    }

    private void ensureGroup(String id, String name, String type, Existing existing, Counter counter) {
        Group group = existing.groups().get(id);
        if (group == null) {
            group = identityService.newGroup(id);
            group.setName(name);
            group.setType(type);
            identityService.saveGroup(group);
            existing.groups().put(id, group);
            counter.groups++;
        } else if (!name.equals(group.getName())) {
            group.setName(name);
            identityService.saveGroup(group);
        }
    }

    private void grant(String groupId, Resource resource, String resourceId, Existing existing, Counter counter,
                       Permission... permissions) {
        Authorization authorization = existing.authorizations(resource).get(groupId + "\n" + resourceId);
        if (authorization == null && !Authorization.ANY.equals(resourceId)) {
            // the grants read up front are those on every resource ("*"); one on a single resource is looked up
            authorization = authorizationService.createAuthorizationQuery().resourceType(resource)
                    .resourceId(resourceId).groupIdIn(groupId).authorizationType(Authorization.AUTH_TYPE_GRANT)
                    .singleResult();
        }
        if (authorization == null) {
            authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
            Arrays.stream(permissions).forEach(authorization::addPermission);
            authorizationService.saveAuthorization(authorization);
            existing.authorizations(resource).put(groupId + "\n" + resourceId, authorization);
            counter.authorizations++;
        } else if (!Arrays.stream(permissions).allMatch(authorization::isPermissionGranted)) {
            Arrays.stream(permissions).forEach(authorization::addPermission);
            authorizationService.saveAuthorization(authorization);
        }
    }

    /** What the identity holds already: groups by id, and per resource type its group grants by group and id. */
    private final class Existing {

        private final Map<String, Group> groups;
        private final Map<Resource, Map<String, Authorization>> grants;

        Existing(Map<String, Group> groups, Map<Resource, Map<String, Authorization>> grants) {
            this.groups = groups;
            this.grants = grants;
        }

        Map<String, Group> groups() {
            return groups;
        }

        /** Read once per resource type; the per-task grants Camunda makes are left out (resource id "*" only). */
        Map<String, Authorization> authorizations(Resource resource) {
            return grants.computeIfAbsent(resource, r -> {
                Map<String, Authorization> byGroupAndId = new HashMap<>();
                var query = authorizationService.createAuthorizationQuery().resourceType(r)
                        .authorizationType(Authorization.AUTH_TYPE_GRANT);
                List<Authorization> found = new ArrayList<>(r.equals(Resources.APPLICATION)
                        ? query.list() : query.resourceId("*").list());
                found.stream().filter(a -> a.getGroupId() != null)
                        .forEach(a -> byGroupAndId.putIfAbsent(a.getGroupId() + "\n" + a.getResourceId(), a));
                return byGroupAndId;
            });
        }
    }

    /** One shared Tasklist filter: the tasks offered to the groups of whoever looks, and the ones they hold. */
    private void ensureUnitTasksFilter(Counter counter) {
        List<Filter> existing = filterService.createFilterQuery().filterName(UNIT_TASKS_FILTER).list();
        Filter filter;
        if (existing.isEmpty()) {
            filter = filterService.newTaskFilter(UNIT_TASKS_FILTER)
                    .setQuery(taskService.createTaskQuery()
                            .taskCandidateGroupInExpression("${currentUserGroups()}")
                            .includeAssignedTasks()
                            .orderByDueDate().asc())
                    .setProperties(new java.util.HashMap<>(java.util.Map.of(
                            "description", "Phản ánh và công việc của đơn vị / Your unit's reports and tasks",
                            "priority", -10,
                            "refresh", true)));
            filterService.saveFilter(filter);
        } else {
            filter = existing.get(0);
        }
        Authorization everyone = authorizationService.createAuthorizationQuery()
                .resourceType(Resources.FILTER).resourceId(filter.getId()).userIdIn(Authorization.ANY).singleResult();
        if (everyone == null) {
            Authorization read = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
            read.setUserId(Authorization.ANY);
            read.setResource(Resources.FILTER);
            read.setResourceId(filter.getId());
            read.addPermission(Permissions.READ);
            authorizationService.saveAuthorization(read);
            counter.authorizations++;
        }
    }

    public record Result(int groupsCreated, int usersCreated, int membershipsCreated, int authorizationsCreated) {
    }

    private static final class Counter {
        int groups;
        int users;
        int memberships;
        int authorizations;
    }
}
