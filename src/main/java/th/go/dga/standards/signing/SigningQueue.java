package th.go.dga.standards.signing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.dga.standards.engine.EngineAccess;
import th.go.dga.standards.process.GovernmentStandardEnactmentProcess;
import th.go.dga.standards.process.StandardLifecycleProcess;
import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardRegistry;
import th.go.dga.standards.time.EngineTime;

/**
 * What awaits the current user's signature: the tasks of the two sign steps — the director's for a community standard,
 * the chairman's for a digital government standard — assigned to them or waiting unclaimed in their group, oldest
 * first, each with the announcement it will issue. The engine decides which tasks the user may see, as in Tasklist.
 * Read in four queries, however many are waiting: the tasks, their processes, their standards, their final drafts.
 */
@Service
@Transactional(readOnly = true)
public class SigningQueue {

    /** The most signatures one page lists; more than this waiting is said, not shown. */
    public static final int MAX_ITEMS = 100;

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final StandardRegistry registry;
    private final EngineAccess engine;

    SigningQueue(TaskService taskService, RuntimeService runtimeService, IdentityService identityService, StandardRegistry registry,
                 EngineAccess engine) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.registry = registry;
        this.engine = engine;
    }

    /**
     * The signatures waiting.
     *
     * @param items at most {@link #MAX_ITEMS}, the longest waiting first
     * @param more  whether more are waiting than {@code items} shows
     */
    public record Queue(List<AwaitingSignature> items, boolean more) {
    }

    /** The signatures waiting for the user the engine has authenticated for this request. */
    public Queue awaiting() {
        Authentication user = identityService.getCurrentAuthentication();
        if (user == null || user.getUserId() == null) {
            throw new IllegalStateException("the signing queue is read without a user");
        }
        TaskQuery query = taskService.createTaskQuery()
                .processDefinitionKeyIn(StandardLifecycleProcess.KEY, GovernmentStandardEnactmentProcess.KEY)
                .taskDefinitionKeyIn(StandardLifecycleProcess.DIRECTOR_SIGNS, GovernmentStandardEnactmentProcess.CHAIR_SIGNS)
                .active();
        List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
        if (groups.isEmpty()) {
            query.taskAssignee(user.getUserId());
        } else {
            // a candidate-group condition matches unclaimed tasks only: a colleague's claimed task is theirs to sign
            query.or().taskAssignee(user.getUserId()).taskCandidateGroupIn(groups).endOr();
        }
        List<Task> tasks = query.orderByTaskCreateTime().asc().listPage(0, MAX_ITEMS + 1);
        boolean more = tasks.size() > MAX_ITEMS;
        List<Task> shown = more ? tasks.subList(0, MAX_ITEMS) : tasks;
        if (shown.isEmpty()) {
            return new Queue(List.of(), false);
        }
        Set<String> instanceIds = shown.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, String> businessKeys = new HashMap<>();
        engine.withoutAuthorization(() -> runtimeService.createProcessInstanceQuery().processInstanceIds(instanceIds)
                .listPage(0, EngineAccess.MAX_RESULTS)).forEach((ProcessInstance p) -> businessKeys.put(p.getId(), p.getBusinessKey()));
        Map<String, String> drafts = new HashMap<>();
        engine.withoutAuthorization(() -> runtimeService.createVariableInstanceQuery().processInstanceIdIn(instanceIds.toArray(String[]::new))
                .variableName(StandardLifecycleProcess.Var.DRAFT_DOCUMENT_REF).listPage(0, EngineAccess.MAX_RESULTS))
                .forEach(v -> drafts.put(v.getProcessInstanceId(), v.getValue() == null ? null : v.getValue().toString()));
        Map<String, Standard> standards = registry.findAll(businessKeys.values().stream().filter(k -> k != null).collect(Collectors.toSet()));
        LocalDate today = EngineTime.today();
        List<AwaitingSignature> items = shown.stream()
                .filter(t -> standards.containsKey(businessKeys.get(t.getProcessInstanceId())))
                .map(t -> {
                    Standard standard = standards.get(businessKeys.get(t.getProcessInstanceId()));
                    return new AwaitingSignature(t.getId(), t.getName(), t.getCreateTime().toInstant(), user.getUserId().equals(t.getAssignee()),
                            standard.id(), standard.displayCode(), standard.titleTh(), standard.versionLabel(), drafts.get(t.getProcessInstanceId()),
                            AnnouncementText.preview(standard, today), "/work/signing/" + t.getId() + "/announcement.pdf");
                })
                .toList();
        return new Queue(items, more);
    }
}
