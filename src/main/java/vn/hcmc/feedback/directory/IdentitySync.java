package vn.hcmc.feedback.directory;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Brings Camunda's identity in line with the reference data: a group per unit and per unit's leaders, the
 * city-wide groups, the demo officials when demo data is on, each group's authorizations, and the Tasklist filter
 * that shows officials their unit's work. Idempotent: it only adds what is missing, so every start of every node
 * may run it.
 *
 * <p>Unit staff see a task because Camunda grants its candidate groups READ and UPDATE on it when the process
 * creates it; no group is granted READ on all tasks except the read-only overseers (managers, inspectorate).
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

    public IdentitySync(IdentityService identityService, AuthorizationService authorizationService,
                        FilterService filterService, TaskService taskService, UnitDirectory directory,
                        DemoOfficials demoOfficials, @Value("${feedback.demo.enabled}") boolean demoEnabled) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.filterService = filterService;
        this.taskService = taskService;
        this.directory = directory;
        this.demoOfficials = demoOfficials;
        this.demoEnabled = demoEnabled;
    }

    /**
     * Runs the sync; when another node starting at the same moment created the same entry first, the unique key
     * refuses ours and one more pass finds everything in place.
     */
    public Result sync() {
        try {
            return syncOnce();
        } catch (BadUserRequestException invalid) {
            throw invalid;
        } catch (ProcessEngineException firstAttempt) {
            log.info("Identity sync met a concurrent change ({}); running it once more", firstAttempt.getMessage());
            return syncOnce();
        }
    }

    private Result syncOnce() {
        Counter counter = new Counter();
        for (CityGroups.CityGroup group : CityGroups.ALL) {
            ensureGroup(group.id(), group.name(), "WORKFLOW", counter);
        }
        for (Unit unit : directory.units()) {
            ensureGroup(unit.staffGroup(), unit.nameVi(), "UNIT", counter);
            ensureGroup(unit.leadersGroup(), "Lãnh đạo " + unit.nameVi(), "UNIT_LEADERS", counter);
            grantWorker(unit.staffGroup(), counter);
            grantWorker(unit.leadersGroup(), counter);
        }
        grantWorker(CityGroups.TRIAGE_DESK, counter);
        grantWorker(CityGroups.CAMPAIGN_OWNERS, counter);
        grantWorker(CityGroups.CITY_LEADERS, counter);
        grantOverseer(CityGroups.MANAGERS, counter);
        grantOverseer(CityGroups.CITY_INSPECTORATE, counter);
        ensureUnitTasksFilter(counter);
        if (demoEnabled) {
            for (Official official : demoOfficials.load()) {
                ensureUser(official, counter);
                for (String group : official.allGroups()) {
                    ensureMembership(official.id(), group, counter);
                }
            }
        }
        Result result = new Result(counter.groups, counter.users, counter.memberships, counter.authorizations);
        log.info("Identity sync: created {} groups, {} users, {} memberships, {} authorizations ({} units, demo "
                        + "officials {})", result.groupsCreated(), result.usersCreated(), result.membershipsCreated(),
                result.authorizationsCreated(), directory.units().size(), demoEnabled ? "on" : "off");
        return result;
    }

    /** Tasklist, process names, and the work of its own tasks (granted per task by candidate group). */
    private void grantWorker(String groupId, Counter counter) {
        grant(groupId, Resources.APPLICATION, "tasklist", counter, Permissions.ACCESS);
        grant(groupId, Resources.PROCESS_DEFINITION, "*", counter, Permissions.READ);
        grant(groupId, Resources.DECISION_DEFINITION, "*", counter, Permissions.READ);
    }

    /** Cockpit and Tasklist, reading everything, changing nothing. */
    private void grantOverseer(String groupId, Counter counter) {
        grant(groupId, Resources.APPLICATION, "cockpit", counter, Permissions.ACCESS);
        grant(groupId, Resources.APPLICATION, "tasklist", counter, Permissions.ACCESS);
        grant(groupId, Resources.PROCESS_DEFINITION, "*", counter, Permissions.READ, Permissions.READ_INSTANCE,
                Permissions.READ_HISTORY, Permissions.READ_TASK);
        grant(groupId, Resources.PROCESS_INSTANCE, "*", counter, Permissions.READ);
        grant(groupId, Resources.TASK, "*", counter, Permissions.READ);
        grant(groupId, Resources.DECISION_DEFINITION, "*", counter, Permissions.READ, Permissions.READ_HISTORY);
        grant(groupId, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", counter, Permissions.READ);
        grant(groupId, Resources.DEPLOYMENT, "*", counter, Permissions.READ);
        grant(groupId, Resources.HISTORIC_TASK, "*", counter, HistoricTaskPermissions.READ);
        grant(groupId, Resources.HISTORIC_PROCESS_INSTANCE, "*", counter, HistoricProcessInstancePermissions.READ);
            }

    private void ensureGroup(String id, String name, String type, Counter counter) {
        Group existing = identityService.createGroupQuery().groupId(id).singleResult();
        if (existing == null) {
            Group group = identityService.newGroup(id);
            group.setName(name);
            group.setType(type);
            identityService.saveGroup(group);
            counter.groups++;
        } else if (!name.equals(existing.getName())) {
            existing.setName(name);
            identityService.saveGroup(existing);
        }
    }

    private void ensureUser(Official official, Counter counter) {
        User existing = identityService.createUserQuery().userId(official.id()).singleResult();
        if (existing == null) {
            User user = identityService.newUser(official.id());
            user.setFirstName(official.firstName());
            user.setLastName(official.lastName());
            user.setEmail(official.email());
            user.setPassword(official.id());
            identityService.saveUser(user);
            counter.users++;
        }
    }

    private void ensureMembership(String userId, String groupId, Counter counter) {
        boolean member = identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0;
        if (!member) {
            identityService.createMembership(userId, groupId);
            counter.memberships++;
        }
    }

    private void grant(String groupId, Resource resource, String resourceId, Counter counter, Permission... permissions) {
        Authorization existing = authorizationService.createAuthorizationQuery()
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
        if (existing == null) {
            Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
            Arrays.stream(permissions).forEach(authorization::addPermission);
            authorizationService.saveAuthorization(authorization);
            counter.authorizations++;
        } else if (!Arrays.stream(permissions).allMatch(existing::isPermissionGranted)) {
            Arrays.stream(permissions).forEach(existing::addPermission);
            authorizationService.saveAuthorization(existing);
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
