package th.go.dga.standards.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardRegistry;

/**
 * "A task is waiting for you": to a task's assignee when it is created for them or handed to them by someone else, or
 * else to every member of its candidate groups. One mail per task and person, whatever happens to the task after.
 * The user's language is their {@code locale} user info (see {@link StaffRecipients}).
 */
@Component
public class TaskNotices extends AbstractProcessEnginePlugin {

    private final ObjectProvider<Notifications> notifications;
    private final ObjectProvider<IdentityService> identity;
    private final ObjectProvider<StandardRegistry> registry;
    private final ObjectProvider<MailSettings> settings;

    TaskNotices(ObjectProvider<Notifications> notifications, ObjectProvider<IdentityService> identity,
                ObjectProvider<StandardRegistry> registry, ObjectProvider<MailSettings> settings) {
        this.notifications = notifications;
        this.identity = identity;
        this.registry = registry;
        this.settings = settings;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, TaskNotices.this::created);
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, TaskNotices.this::assigned);
            }
        });
    }

    private void created(DelegateTask task) {
        if (task.getAssignee() != null) {
            notify(task, List.of(task.getAssignee()));
            return;
        }
        Set<String> members = new LinkedHashSet<>();
        task.getCandidates().stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .forEach(link -> {
                    if (link.getUserId() != null) {
                        members.add(link.getUserId());
                    } else {
                        identity.getObject().createUserQuery().memberOfGroup(link.getGroupId()).list().forEach(u -> members.add(u.getId()));
                    }
                });
        notify(task, List.copyOf(members));
    }

    /** Given to someone by someone else; claiming a task oneself brings no mail. */
    private void assigned(DelegateTask task) {
        String assignee = task.getAssignee();
        var current = identity.getObject().getCurrentAuthentication();
        if (assignee != null && (current == null || !assignee.equals(current.getUserId()))) {
            notify(task, List.of(assignee));
        }
    }

    private void notify(DelegateTask task, List<String> userIds) {
        String businessKey = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
        Standard standard = businessKey == null ? null : registry.getObject().find(businessKey).orElse(null);
        String link = settings.getObject().link("/camunda/app/tasklist/default/#/?task=" + task.getId());
        for (String userId : userIds) {
            Recipient to = StaffRecipients.of(identity.getObject(), userId);
            if (to == null) {
                continue;
            }
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("taskName", task.getName());
            model.put("standard", standard);
            model.put("due", task.getDueDate() == null ? null : Instant.ofEpochMilli(task.getDueDate().getTime()));
            notifications.getObject().queue(Mail.of(key(task, userId), "TASK", to, "task-waiting", model, link));
        }
    }

    private static String key(DelegateTask task, String userId) {
        return "task:" + task.getId() + ":" + userId;
    }
}
