package th.go.dga.standards.security;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
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
import org.camunda.bpm.engine.authorization.SystemPermissions;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
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
 * <li>administrators ({@code admin} and the engine's own {@code camunda-admin}): Cockpit and Admin; creating users and
 * groups; resetting the password of, and managing the members of, everyone and every group outside the
 * {@link ProtectedGroups}; following every instance and task; retrying failed jobs; making shared Tasklist filters.
 * Not reading or changing the grants (they are these, from the code), not deploying models (they come with the
 * application), not working on anyone's task, not suspending, changing or deleting instances, alone or in a batch,
 * not adding anyone to a group that signs, votes or administers.</li>
 * </ul>
 * Every start removes every grant on the resources that widen a person's powers (grants, deployments, group
 * memberships, batches, the system), whoever made it, and puts these back.
 */
@Component
class EngineAuthorizations {

    /** The group the engine's starter creates for the first administrator. */
    static final String CAMUNDA_ADMIN = org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN;
    static final List<String> ADMINISTRATORS = List.of(Groups.ADMIN, CAMUNDA_ADMIN);
    static final List<String> STARTED_BY_SECRETARIAT = List.of(StandardLifecycleProcess.KEY, StandardPromotionProcess.KEY, ProjectWithdrawalProcess.KEY);

    /** Resources on which a grant widens what someone may do to others: only the grants set here are kept. */
    static final Set<Resources> WIDENING = EnumSet.of(Resources.AUTHORIZATION, Resources.DEPLOYMENT, Resources.GROUP_MEMBERSHIP,
            Resources.SYSTEM, Resources.BATCH);

    /** What an administrator may do to a user outside the protected groups: their profile and password, or removal. */
    static final Permission[] MANAGE_USER = {Permissions.UPDATE, Permissions.DELETE};

    private static final Permission[] FOLLOW_DEFINITIONS = {ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
            ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_TASK};

    private final AuthorizationService authorizations;
    private final IdentityService identity;

    EngineAuthorizations(AuthorizationService authorizations, IdentityService identity) {
        this.authorizations = authorizations;
        this.identity = identity;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    public void grant() {
        removeWideningGrantsNotSetHere();

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

        for (String administrators : ADMINISTRATORS) {
            Map<Resources, Permission[]> administration = administration();
            for (Resources resource : Resources.values()) {
                Permission[] permissions = administration.get(resource);
                if (permissions == null) {
                    revokeGroup(administrators, resource, Authorization.ANY);
                } else {
                    grantGroup(administrators, resource, Authorization.ANY, permissions);
                }
            }
            for (Group group : identity.createGroupQuery().list()) {
                if (ProtectedGroups.isProtected(group.getId())) {
                    revokeGroup(administrators, Resources.GROUP_MEMBERSHIP, group.getId());
                } else {
                    grantGroup(administrators, Resources.GROUP_MEMBERSHIP, group.getId(), Permissions.ALL);
                }
            }
            for (User user : identity.createUserQuery().list()) {
                List<String> groups = identity.createGroupQuery().groupMember(user.getId()).list().stream().map(Group::getId).toList();
                if (ProtectedGroups.anyProtected(groups)) {
                    revokeGroup(administrators, Resources.USER, user.getId());
                } else {
                    grantGroup(administrators, Resources.USER, user.getId(), MANAGE_USER);
                }
            }
        }
    }

    /** What administrators may do on any resource of each type; a type not named here, nothing. */
    static Map<Resources, Permission[]> administration() {
        Map<Resources, Permission[]> administration = new EnumMap<>(Resources.class);
        administration.put(Resources.APPLICATION, new Permission[] {Permissions.ACCESS});
        administration.put(Resources.USER, new Permission[] {Permissions.READ, Permissions.CREATE});
        administration.put(Resources.GROUP, new Permission[] {Permissions.READ, Permissions.CREATE, Permissions.UPDATE});
        administration.put(Resources.AUTHORIZATION, new Permission[] {Permissions.READ});
        administration.put(Resources.PROCESS_DEFINITION, new Permission[] {ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_TASK,
                ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE, ProcessDefinitionPermissions.READ_TASK_VARIABLE,
                ProcessDefinitionPermissions.READ_HISTORY_VARIABLE, ProcessDefinitionPermissions.RETRY_JOB});
        administration.put(Resources.PROCESS_INSTANCE, new Permission[] {ProcessInstancePermissions.READ, ProcessInstancePermissions.RETRY_JOB});
        administration.put(Resources.TASK, new Permission[] {TaskPermissions.READ, TaskPermissions.READ_VARIABLE, TaskPermissions.READ_HISTORY});
        administration.put(Resources.HISTORIC_TASK, new Permission[] {HistoricTaskPermissions.READ});
        administration.put(Resources.HISTORIC_PROCESS_INSTANCE, new Permission[] {HistoricProcessInstancePermissions.READ});
        administration.put(Resources.DEPLOYMENT, new Permission[] {Permissions.READ});
        administration.put(Resources.BATCH, new Permission[] {BatchPermissions.READ, BatchPermissions.READ_HISTORY,
                BatchPermissions.CREATE_BATCH_SET_JOB_RETRIES});
        administration.put(Resources.OPERATION_LOG_CATEGORY, new Permission[] {UserOperationLogCategoryPermissions.READ});
        administration.put(Resources.SYSTEM, new Permission[] {SystemPermissions.READ});
        // shared filters may be made; each user's own filters stay theirs (see TasklistFilters)
        administration.put(Resources.FILTER, new Permission[] {Permissions.CREATE});
        return administration;
    }

    /**
     * The grants an administrator would need for a group or user created while the application runs: the same as
     * {@link #grant()} gives at start, so that a new working group's members can be managed at once.
     */
    static List<AuthorizationEntity> forNewGroup(String groupId) {
        return ProtectedGroups.isProtected(groupId) ? List.of() : ADMINISTRATORS.stream()
                .map(administrators -> groupGrant(administrators, Resources.GROUP_MEMBERSHIP, groupId, Permissions.ALL)).toList();
    }

    static List<AuthorizationEntity> forNewUser(String userId) {
        return ADMINISTRATORS.stream().map(administrators -> groupGrant(administrators, Resources.USER, userId, MANAGE_USER)).toList();
    }

    private static AuthorizationEntity groupGrant(String groupId, Resources resource, String resourceId, Permission... permissions) {
        AuthorizationEntity grant = new AuthorizationEntity(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId(groupId);
        grant.setResource(resource);
        grant.setResourceId(resourceId);
        for (Permission permission : permissions) {
            grant.addPermission(permission);
        }
        return grant;
    }

    private void removeWideningGrantsNotSetHere() {
        for (Resources resource : WIDENING) {
            authorizations.createAuthorizationQuery().resourceType(resource).list()
                    .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
        }
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

    private void revokeGroup(String groupId, Resource resource, String resourceId) {
        authorizations.createAuthorizationQuery().groupIdIn(groupId).resourceType(resource).resourceId(resourceId).list()
                .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
    }

    private void save(Authorization grant, Resource resource, String resourceId, Permission... permissions) {
        grant.setResource(resource);
        grant.setResourceId(resourceId);
        grant.setPermissions(permissions);
        authorizations.saveAuthorization(grant);
    }
}
