package th.go.dga.standards.taskform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.go.dga.standards.engine.EngineAccess;
import th.go.dga.standards.engine.PersonNames;
import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardRegistry;
import th.go.dga.standards.validation.InvalidInputException;
import th.go.dga.standards.validation.NotFoundException;
import th.go.dga.standards.validation.StateConflictException;
import th.go.dga.standards.validation.Violation;

/**
 * The current user's tasks through the API, with the same rules as Tasklist: a user sees the tasks assigned to them
 * and the unclaimed tasks of their groups, claims a group task before completing it, and completes it through its
 * form, so the same checks apply.
 */
@Service
public class TaskWork {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The input of the password that confirms a completion. */
    public static final String PASSWORD = "password";

    private final TaskService taskService;
    private final FormService formService;
    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final IdentityService identityService;
    private final StandardRegistry registry;
    private final DeployedForms forms;
    private final EngineAccess engine;
    private final OpenTasks openTasks;
    private final CandidateGroups candidateGroups;

    TaskWork(TaskService taskService, FormService formService, RuntimeService runtimeService, RepositoryService repositoryService,
             IdentityService identityService, StandardRegistry registry, DeployedForms forms, EngineAccess engine, OpenTasks openTasks,
             CandidateGroups candidateGroups) {
        this.taskService = taskService;
        this.formService = formService;
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.identityService = identityService;
        this.registry = registry;
        this.forms = forms;
        this.engine = engine;
        this.openTasks = openTasks;
        this.candidateGroups = candidateGroups;
    }

    /** What the current user may list: their own tasks, their groups' unclaimed tasks, or both. */
    public enum Scope { MINE, GROUPS, ALL }

    /**
     * Which tasks of a list: those of one standard, of one step, or both; empty parts do not filter.
     *
     * @param standardId the standard's id, the business key of its processes
     * @param step       the id of the user task in its model
     */
    public record Filter(String standardId, String step) {

        private static final Pattern ID = Pattern.compile("^[A-Za-z0-9_.:-]{1,64}$");

        public static final Filter NONE = new Filter(null, null);

        /** Reads the request's filters; a value that cannot be an id is refused naming its parameter. */
        public static Filter of(String standardId, String step) {
            List<Violation> violations = new ArrayList<>();
            String standard = blankToNull(standardId);
            String activity = blankToNull(step);
            if (standard != null && !ID.matcher(standard).matches()) {
                violations.add(Violation.of("standard", "task.filter-not-an-id", standard));
            }
            if (activity != null && !ID.matcher(activity).matches()) {
                violations.add(Violation.of("step", "task.filter-not-an-id", activity));
            }
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations);
            }
            return new Filter(standard, activity);
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }

        TaskQuery applyTo(TaskQuery query) {
            if (standardId != null) {
                query.processInstanceBusinessKey(standardId);
            }
            if (step != null) {
                query.taskDefinitionKey(step);
            }
            return query;
        }
    }

    public List<TaskView> list(Scope scope) {
        return list(scope, Filter.NONE);
    }

    public List<TaskView> list(Scope scope, Filter filter) {
        Authentication user = user();
        List<Task> tasks = new ArrayList<>();
        if (scope != Scope.GROUPS) {
            tasks.addAll(filter.applyTo(taskService.createTaskQuery().taskAssignee(user.getUserId())).orderByTaskCreateTime().asc()
                    .listPage(0, EngineAccess.MAX_RESULTS));
        }
        if (scope != Scope.MINE && user.getGroupIds() != null && !user.getGroupIds().isEmpty()) {
            tasks.addAll(filter.applyTo(taskService.createTaskQuery().taskCandidateGroupIn(user.getGroupIds())).orderByTaskCreateTime().asc()
                    .listPage(0, EngineAccess.MAX_RESULTS));
        }
        return views(tasks);
    }

    /**
     * One page of a list, oldest first, and how many tasks the list holds.
     *
     * @param number the page, from 1
     */
    public record TaskPage(List<TaskView> tasks, long total, int number, int size) {

        public long pages() {
            return Math.max(1, (total + size - 1) / size);
        }

        public boolean hasNext() {
            return number < pages();
        }
    }

    /**
     * A page of my tasks ({@link Scope#MINE}) or of my groups' unclaimed tasks ({@link Scope#GROUPS}): two queries and
     * the lines' own, whatever the length of the list.
     */
    public TaskPage page(Scope scope, int number, int size) {
        if (scope == Scope.ALL || number < 1 || size < 1 || size > EngineAccess.MAX_RESULTS) {
            throw new IllegalArgumentException("a page of " + scope + " is " + number + " of " + size);
        }
        Authentication user = user();
        TaskQuery query;
        if (scope == Scope.MINE) {
            query = taskService.createTaskQuery().taskAssignee(user.getUserId());
        } else if (user.getGroupIds() != null && !user.getGroupIds().isEmpty()) {
            query = taskService.createTaskQuery().taskCandidateGroupIn(user.getGroupIds());
        } else {
            return new TaskPage(List.of(), 0, number, size);
        }
        // the query names exactly the tasks the user may work on (their own, their groups'): the engine's authorization
        // joins would only repeat it, at the cost of most of the page's time with thousands of tasks
        TaskQuery mine = query;
        long total = engine.withoutAuthorization(mine::count);
        List<Task> tasks = engine.withoutAuthorization(() -> mine.orderByTaskCreateTime().asc().listPage((number - 1) * size, size));
        return new TaskPage(views(tasks), total, number, size);
    }

    public TaskView get(String taskId) {
        return view(visible(taskId), true);
    }

    public TaskView claim(String taskId) {
        Task task = visible(taskId);
        String user = user().getUserId();
        if (task.getAssignee() != null && !task.getAssignee().equals(user)) {
            throw new StateConflictException("task.assigned-to-other", task.getName(), task.getAssignee());
        }
        taskService.claim(taskId, user);
        return get(taskId);
    }

    public TaskView unclaim(String taskId) {
        Task task = visible(taskId);
        if (candidateGroups(taskId).isEmpty()) {
            throw new StateConflictException("task.personal", task.getName());
        }
        if (task.getAssignee() != null && !task.getAssignee().equals(user().getUserId())) {
            throw new StateConflictException("task.assigned-to-other", task.getName(), task.getAssignee());
        }
        // claiming for no one is how the engine lets whoever may work on a task hand it back
        taskService.claim(taskId, null);
        return get(taskId);
    }

    /** The start form of the latest version of a process (form-js schema), as Tasklist's start dialog shows it. */
    public Optional<JsonNode> startForm(String processKey) {
        return engine.withoutAuthorization(() -> {
            ProcessDefinition definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey).latestVersion()
                    .singleResult();
            if (definition == null) {
                return Optional.<JsonNode>empty();
            }
            CamundaFormRef ref = formService.getStartFormData(definition.getId()).getCamundaFormRef();
            return ref == null ? Optional.<JsonNode>empty()
                    : forms.deployed(repositoryService, definition.getDeploymentId(), ref.getKey()).map(d -> readTree(d.json()));
        });
    }

    /** Someone who may be handed a task: a member of one of its groups. */
    public record Colleague(String id, String name) {
    }

    /**
     * The members of the task's groups other than the current user, to whom it may be handed; none for a personal
     * task such as a vote.
     */
    public List<Colleague> colleagues(String taskId) {
        visible(taskId);
        List<String> groups = candidateGroups(taskId);
        if (groups.isEmpty()) {
            return List.of();
        }
        String me = user().getUserId();
        Map<String, Colleague> members = new LinkedHashMap<>();
        for (String group : groups) {
            engine.withoutAuthorization(() -> identityService.createUserQuery().memberOfGroup(group).orderByUserLastName().asc()
                    .listPage(0, EngineAccess.MAX_RESULTS)).stream()
                    .filter(u -> !u.getId().equals(me))
                    .forEach(u -> members.putIfAbsent(u.getId(), new Colleague(u.getId(), displayName(u))));
        }
        return List.copyOf(members.values());
    }

    /**
     * Hands a group task to another member of its groups, as the one who holds it or, while no one does, as one of
     * its group.
     *
     * @throws StateConflictException when the task is personal, held by someone else, or the colleague is not in its groups
     */
    public TaskView handTo(String taskId, String colleagueId) {
        Task task = visible(taskId);
        String me = user().getUserId();
        if (candidateGroups(taskId).isEmpty()) {
            throw new StateConflictException("task.personal-not-handed", task.getName());
        }
        if (task.getAssignee() != null && !task.getAssignee().equals(me)) {
            throw new StateConflictException("task.assigned-to-other", task.getName(), task.getAssignee());
        }
        if (colleagueId == null || colleagues(taskId).stream().noneMatch(c -> c.id().equals(colleagueId))) {
            throw new StateConflictException("task.not-a-colleague", task.getName(), String.valueOf(colleagueId));
        }
        taskService.setAssignee(taskId, colleagueId);
        return engine.withoutAuthorization(() -> view(taskService.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult(), false));
    }

    /**
     * Completes the task through its form.
     *
     * @throws th.go.dga.standards.validation.InvalidInputException when the values break the form or the step's rules
     * @throws StateConflictException                                  when the task is not assigned to the current user
     */
    public void complete(String taskId, Map<String, Object> values) {
        complete(taskId, values, null);
    }

    /**
     * Completes the task through its form, the user having entered their password again: a signature asks for it
     * ({@link PasswordConfirmation}).
     *
     * @param password the user's password, or null when none was entered
     * @throws th.go.dga.standards.validation.InvalidInputException when the password is wrong, or the values break
     *                                                              the form or the step's rules
     */
    public void complete(String taskId, Map<String, Object> values, String password) {
        held(taskId);
        if (password == null || password.isEmpty()) {
            formService.submitTaskForm(taskId, variables(values));
            return;
        }
        if (!identityService.checkPassword(user().getUserId(), password)) {
            throw new InvalidInputException(Violation.of(PASSWORD, "task.password-wrong"));
        }
        PasswordConfirmation.during(() -> {
            formService.submitTaskForm(taskId, variables(values));
            return null;
        });
    }

    /**
     * Fills in fields of the task's form without completing it, as a file sent at the step does.
     *
     * @throws StateConflictException when the task is not assigned to the current user
     */
    public void fill(String taskId, Map<String, Object> values) {
        held(taskId);
        // the holder works the task (TASK_WORK) but may not write its variables one by one; the fields a file fills
        // in are the ones its form would submit
        engine.withoutAuthorization(() -> {
            taskService.setVariables(taskId, variables(values));
            return null;
        });
    }

    /** Values from JSON as the engine keeps them: lists and objects as JSON variables, as Tasklist submits them. */
    static Map<String, Object> variables(Map<String, Object> values) {
        Map<String, Object> variables = new LinkedHashMap<>();
        if (values == null) {
            return variables;
        }
        values.forEach((name, value) -> {
            if (value instanceof List<?> || value instanceof Map<?, ?>) {
                try {
                    variables.put(name, SpinValues.jsonValue(JSON.writeValueAsString(value)).create());
                } catch (JsonProcessingException e) {
                    throw new IllegalArgumentException(e);
                }
            } else {
                variables.put(name, value);
            }
        });
        return variables;
    }

    /** The task, if the current user holds it. */
    private Task held(String taskId) {
        Task task = visible(taskId);
        String user = user().getUserId();
        if (task.getAssignee() == null) {
            throw new StateConflictException("task.claim-first", task.getName());
        }
        if (!task.getAssignee().equals(user)) {
            throw new StateConflictException("task.assigned-to-other", task.getName(), task.getAssignee());
        }
        return task;
    }

    /** The task, if the current user may work on it: 404 when there is no such task, 403 when it is someone else's. */
    private Task visible(String taskId) {
        Task task = engine.withoutAuthorization(() -> taskService.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult());
        if (task == null) {
            throw new NotFoundException("task.not-found", taskId);
        }
        Authentication user = user();
        boolean mine = user.getUserId().equals(task.getAssignee());
        boolean candidate = engine.withoutAuthorization(() -> taskService.getIdentityLinksForTask(taskId)).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
                .anyMatch(l -> user.getUserId().equals(l.getUserId()) || l.getGroupId() != null && user.getGroupIds() != null
                        && user.getGroupIds().contains(l.getGroupId()));
        if (!mine && !candidate) {
            throw new AccessDeniedException("task " + taskId + " is neither assigned to " + user.getUserId() + " nor one of their groups'");
        }
        return task;
    }

    /**
     * The lines of a list, in a fixed number of queries however many tasks it has: the process instances (for the
     * standards' ids), the process definitions, the standards and the candidate groups, each read for all tasks at once.
     */
    private List<TaskView> views(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        Map<String, String> businessKeys = openTasks.businessKeys(tasks.stream().map(Task::getProcessInstanceId).toList());
        String[] definitionIds = tasks.stream().map(Task::getProcessDefinitionId).distinct().toArray(String[]::new);
        Map<String, String> processKeys = new HashMap<>();
        engine.withoutAuthorization(() -> repositoryService.createProcessDefinitionQuery().processDefinitionIdIn(definitionIds)
                .listPage(0, EngineAccess.MAX_RESULTS)).forEach(d -> processKeys.put(d.getId(), d.getKey()));
        Map<String, Standard> standards = registry.findAll(Set.copyOf(businessKeys.values()));
        Map<String, List<String>> groups = candidateGroups.of(tasks.stream().map(Task::getId).toList());
        return tasks.stream().map(task -> {
            Standard standard = standards.get(businessKeys.get(task.getProcessInstanceId()));
            return new TaskView(task.getId(), task.getName(), task.getTaskDefinitionKey(), processKeys.get(task.getProcessDefinitionId()),
                    task.getAssignee(), groups.getOrDefault(task.getId(), List.of()), task.getCreateTime().toInstant(),
                    task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                    standard == null ? null : new TaskView.StandardContext(standard.id(), standard.displayCode(), standard.titleTh(),
                            standard.status().name()), null, null);
        }).toList();
    }

    private TaskView view(Task task, boolean withForm) {
        ProcessInstance instance = engine.withoutAuthorization(() -> runtimeService.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult());
        ProcessDefinition definition = engine.withoutAuthorization(() -> repositoryService.getProcessDefinition(task.getProcessDefinitionId()));
        TaskView.StandardContext standard = instance == null || instance.getBusinessKey() == null ? null
                : registry.find(instance.getBusinessKey()).map(s -> new TaskView.StandardContext(s.id(), s.displayCode(), s.titleTh(),
                s.status().name())).orElse(null);
        JsonNode form = null;
        Map<String, Object> values = null;
        if (withForm && task.getCamundaFormRef() != null) {
            DeployedForms.Deployed deployed = engine.withoutAuthorization(() -> forms.deployed(repositoryService,
                    definition.getDeploymentId(), task.getCamundaFormRef().getKey()).orElse(null));
            if (deployed != null) {
                form = readTree(deployed.json());
                values = values(task.getId(), deployed.schema());
            }
        }
        return new TaskView(task.getId(), task.getName(), task.getTaskDefinitionKey(), definition.getKey(), task.getAssignee(),
                candidateGroups(task.getId()), task.getCreateTime().toInstant(), task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                standard, form, values);
    }

    /** The current values of the form's fields, and the standard's context its texts show. */
    private Map<String, Object> values(String taskId, FormSchema schema) {
        List<String> names = new ArrayList<>(schema.fields().stream().map(FormField::key).toList());
        names.addAll(List.of("standardId", "standardTitle", "draftVersionLabel", "draftDocumentRef", "votingBodyName", "votingDueText",
                "commentPeriodEndText", "commentCount", "standardCode", "votingBody"));
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Object> variables = taskService.getVariables(taskId, names);
        variables.forEach((name, value) -> values.put(name, value instanceof SpinJsonNode json ? readTree(json.toString()) : value));
        return values;
    }

    private List<String> candidateGroups(String taskId) {
        return engine.withoutAuthorization(() -> taskService.getIdentityLinksForTask(taskId)).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
    }

    private static String displayName(User user) {
        return PersonNames.of(user);
    }

    private Authentication user() {
        Authentication authentication = identityService.getCurrentAuthentication();
        if (authentication == null || authentication.getUserId() == null) {
            throw new IllegalStateException("the task API is called without a user");
        }
        return authentication;
    }

    private static JsonNode readTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
