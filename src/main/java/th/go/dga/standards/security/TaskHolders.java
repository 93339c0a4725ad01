package th.go.dga.standards.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A task is worked on only by whom the process gave it to, whichever way the work comes in: Tasklist, the API or the
 * engine REST API.
 * <ul>
 * <li>Its candidates (the groups and users the model names) may read, claim and complete it, and hand it back or to
 * another candidate ({@code TASK_WORK} and {@code TASK_ASSIGN}); its assignee may read and complete it
 * ({@code TASK_WORK}, the engine's {@code default-user-permission-name-for-task}).</li>
 * <li>It goes only to one of its candidates: handing a group's task to someone outside the group is refused.</li>
 * <li>It is completed only by its assignee when it has one, and only by one of its candidates when it has candidates:
 * a committee member's vote by that member, the director's signature by the director. Permissions granted by other
 * means (an administrator's grant, say) do not make anyone else its holder.</li>
 * </ul>
 * Work the engine does by itself (timers, jobs) has no user and is not checked.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class TaskHolders extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new CandidatesMayAssign());
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                TaskDefinition definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, TaskHolders::checkAssignment);
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, TaskHolders::checkCompletion);
            }
        });
    }

    static void checkAssignment(DelegateTask task) {
        Authentication user = actingUser();
        Set<IdentityLink> candidates = task.getCandidates();
        if (user == null || task.getAssignee() == null || candidates.isEmpty()) {
            return;
        }
        String assignee = task.getAssignee();
        List<String> assigneeGroups = Context.getCommandContext().runWithoutAuthorization(() -> Context.getProcessEngineConfiguration()
                .getIdentityService().createGroupQuery().groupMember(assignee).unlimitedList().stream().map(g -> g.getId()).toList());
        if (!isCandidate(candidates, assignee, assigneeGroups)) {
            throw refused(user, task);
        }
    }

    static void checkCompletion(DelegateTask task) {
        Authentication user = actingUser();
        if (user == null) {
            return;
        }
        Set<IdentityLink> candidates = task.getCandidates();
        boolean assignedToOther = task.getAssignee() != null && !task.getAssignee().equals(user.getUserId());
        boolean personalOfNoOne = candidates.isEmpty() && task.getAssignee() == null;
        boolean notCandidate = !candidates.isEmpty() && !isCandidate(candidates, user.getUserId(), user.getGroupIds());
        if (assignedToOther || personalOfNoOne || notCandidate) {
            throw refused(user, task);
        }
    }

    private static Authentication actingUser() {
        CommandContext context = Context.getCommandContext();
        Authentication authentication = context == null ? null : context.getAuthentication();
        return authentication == null || authentication.getUserId() == null ? null : authentication;
    }

    private static boolean isCandidate(Set<IdentityLink> candidates, String userId, List<String> groupIds) {
        return candidates.stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
                .anyMatch(l -> userId.equals(l.getUserId()) || l.getGroupId() != null && groupIds != null && groupIds.contains(l.getGroupId()));
    }

    private static AuthorizationException refused(Authentication user, DelegateTask task) {
        return new AuthorizationException(user.getUserId(), TaskPermissions.TASK_WORK.getName(), Resources.TASK.resourceName(), task.getId());
    }

    /**
     * The engine's default grants, with {@code TASK_ASSIGN} added for a task's candidates, and the administrators'
     * grants on a user or group created while the application runs (see {@link EngineAuthorizations}).
     */
    static final class CandidatesMayAssign extends DefaultAuthorizationProvider {

        @Override
        public AuthorizationEntity[] newUser(User user) {
            return with(super.newUser(user), EngineAuthorizations.forNewUser(user.getId()));
        }

        @Override
        public AuthorizationEntity[] newGroup(Group group) {
            return with(super.newGroup(group), EngineAuthorizations.forNewGroup(group.getId()));
        }

        private static AuthorizationEntity[] with(AuthorizationEntity[] defaults, List<AuthorizationEntity> more) {
            List<AuthorizationEntity> all = new ArrayList<>(defaults == null ? List.of() : Arrays.asList(defaults));
            all.addAll(more);
            return all.toArray(AuthorizationEntity[]::new);
        }

        @Override
        public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
            return mayAssign(super.newTaskUserIdentityLink(task, userId, type), type);
        }

        @Override
        public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
            return mayAssign(super.newTaskGroupIdentityLink(task, groupId, type), type);
        }

        private static AuthorizationEntity[] mayAssign(AuthorizationEntity[] authorizations, String type) {
            if (authorizations != null && IdentityLinkType.CANDIDATE.equals(type)) {
                for (AuthorizationEntity authorization : authorizations) {
                    if (authorization != null && authorization.getResourceType() == Resources.TASK.resourceType()) {
                        authorization.addPermission(TaskPermissions.TASK_ASSIGN);
                    }
                }
            }
            return authorizations;
        }
    }
}
