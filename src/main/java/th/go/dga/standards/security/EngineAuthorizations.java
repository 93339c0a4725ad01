package th.go.dga.standards.security;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import th.go.dga.standards.process.ProjectWithdrawalProcess;
import th.go.dga.standards.process.StandardLifecycleProcess;
import th.go.dga.standards.process.StandardPromotionProcess;

/**
 * What each group may do in the engine, set at start-up. Tasks are not granted here: a task may be worked on by whom
 * the process gives it to (see {@link TaskHolders}), so a member's vote is theirs alone, the director's signature the
 * director's, the chairman's the chairman's, and a working group's drafting its own.
 * <ul>
 * <li>everyone who logs in: Tasklist; reading the process models, the groups and the users (names in Tasklist);</li>
 * <li>the secretariat: Cockpit; registering projects, proposing promotions and withdrawing projects (starting those
 * processes); following every instance and task;</li>
 * <li>administrators ({@code admin} and the engine's own {@code camunda-admin}): users, groups, authorizations and
 * the rest of the engine's administration; following every instance and task, retrying failed jobs and suspending
 * instances, making shared Tasklist filters, but not working on anyone's task, not changing or deleting instances, not
 * seeing others' own filters, not deploying models (they come with the application).</li>
 * </ul>
 * These grants are restored at every start; grants an administrator adds for other resources are left alone.
 */
@Component
class EngineAuthorizations {

    /** The group the engine's starter creates for the first administrator. */
    static final String CAMUNDA_ADMIN = org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN;
    static final List<String> STARTED_BY_SECRETARIAT = List.of(StandardLifecycleProcess.KEY, StandardPromotionProcess.KEY, ProjectWithdrawalProcess.KEY);

    private static final Permission[] FOLLOW_DEFINITIONS = {ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
            ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_TASK};

    private final AuthorizationService authorizations;

    EngineAuthorizations(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    public void grant() {
        grantEveryone(Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grantEveryone(Resources.APPLICATION, "welcome", Permissions.ACCESS);
        grantEveryone(Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
        grantEveryone(Resources.GROUP, Authorization.ANY, Permissions.READ);
        grantEveryone(Resources.USER, Authorization.ANY, Permissions.READ);

        grantGroup(Groups.SECRETARIAT, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grantGroup(Groups.SECRETARIAT, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
        grantGroup(Groups.SECRETARIAT, Resources.PROCESS_DEFINITION, Authorization.ANY, FOLLOW_DEFINITIONS);
        for (String process : STARTED_BY_SECRETARIAT) {
            grantGroup(Groups.SECRETARIAT, Resources.PROCESS_DEFINITION, process, ProcessDefinitionPermissions.CREATE_INSTANCE);
        }

        for (String administrators : List.of(Groups.ADMIN, CAMUNDA_ADMIN)) {
            administration().forEach((resource, permissions) -> grantGroup(administrators, resource, Authorization.ANY, permissions));
        }
    }

    /** What administrators may do, resource by resource. */
    static Map<Resources, Permission[]> administration() {
        Map<Resources, Permission[]> administration = new EnumMap<>(Resources.class);
        for (Resources resource : Resources.values()) {
            administration.put(resource, new Permission[] {Permissions.ALL});
        }
        administration.put(Resources.PROCESS_DEFINITION, new Permission[] {ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_TASK,
                ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE, ProcessDefinitionPermissions.READ_TASK_VARIABLE,
                ProcessDefinitionPermissions.READ_HISTORY_VARIABLE, ProcessDefinitionPermissions.RETRY_JOB,
                ProcessDefinitionPermissions.SUSPEND, ProcessDefinitionPermissions.SUSPEND_INSTANCE});
        administration.put(Resources.PROCESS_INSTANCE, new Permission[] {ProcessInstancePermissions.READ, ProcessInstancePermissions.RETRY_JOB,
                ProcessInstancePermissions.SUSPEND});
        administration.put(Resources.TASK, new Permission[] {TaskPermissions.READ, TaskPermissions.READ_VARIABLE, TaskPermissions.READ_HISTORY});
        administration.put(Resources.HISTORIC_TASK, new Permission[] {HistoricTaskPermissions.READ});
        administration.put(Resources.HISTORIC_PROCESS_INSTANCE, new Permission[] {HistoricProcessInstancePermissions.READ});
        administration.put(Resources.DEPLOYMENT, new Permission[] {Permissions.READ});
        // shared filters may be made; each user's own filters stay theirs (see TasklistFilters)
        administration.put(Resources.FILTER, new Permission[] {Permissions.CREATE});
        return administration;
    }

    private void grantEveryone(Resource resource, String resourceId, Permission... permissions) {
        Authorization grant = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GLOBAL)
                .resourceType(resource).resourceId(resourceId).singleResult();
        save(grant == null ? authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL) : grant, resource, resourceId, permissions);
    }

    private void grantGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization grant = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(groupId)
                .resourceType(resource).resourceId(resourceId).singleResult();
        if (grant == null) {
            grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            grant.setGroupId(groupId);
        }
        save(grant, resource, resourceId, permissions);
    }

    private void save(Authorization grant, Resource resource, String resourceId, Permission... permissions) {
        grant.setResource(resource);
        grant.setResourceId(resourceId);
        grant.setPermissions(permissions);
        authorizations.saveAuthorization(grant);
    }
}
