package th.go.dga.standards.taskform;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

import th.go.dga.standards.engine.EngineAccess;

/**
 * The open tasks of many standards at once, for an overview of who holds which work: three queries for a page of
 * standards, whatever their number or the number of their tasks (the tasks, the business keys of their process
 * instances, their candidate groups). Read as the engine: an overview shows the work, it lets nobody act on it.
 */
@Service
public class OpenTasks {

    /**
     * A task still to be done.
     *
     * @param step            what is to be done, as the model names the step ({@code ลงมติ (คณะทำงานเทคนิค)}), without the
     *                        standard the task's full name also gives
     * @param assignee        who holds it, or null while it waits for one of its candidate groups
     * @param candidateGroups the groups whose members may take it
     * @param due             when it is due, or null
     */
    public record OpenTask(String id, String step, String assignee, List<String> candidateGroups, Instant created, Instant due) {

        public boolean overdueAt(Instant moment) {
            return due != null && moment.isAfter(due);
        }
    }

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final CandidateGroups candidateGroups;
    private final EngineAccess engine;

    OpenTasks(TaskService taskService, RuntimeService runtimeService, CandidateGroups candidateGroups, EngineAccess engine) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.candidateGroups = candidateGroups;
        this.engine = engine;
    }

    /**
     * The open tasks of these standards, in their processes and the processes they called, oldest first, by the
     * standard's id; a standard without any is not in the map. At most {@link EngineAccess#MAX_RESULTS} tasks in all.
     */
    public Map<String, List<OpenTask>> byStandard(Collection<String> standardIds) {
        if (standardIds.isEmpty()) {
            return Map.of();
        }
        List<Task> tasks = engine.withoutAuthorization(() -> taskService.createTaskQuery()
                .processInstanceBusinessKeyIn(standardIds.toArray(String[]::new)).orderByTaskCreateTime().asc().orderByTaskId().asc()
                .listPage(0, EngineAccess.MAX_RESULTS));
        if (tasks.isEmpty()) {
            return Map.of();
        }
        Map<String, String> businessKeys = businessKeys(tasks.stream().map(Task::getProcessInstanceId).toList());
        Map<String, List<String>> groups = candidateGroups.of(tasks.stream().map(Task::getId).toList());
        Map<String, List<OpenTask>> byStandard = new LinkedHashMap<>();
        for (Task task : tasks) {
            String standardId = businessKeys.get(task.getProcessInstanceId());
            if (standardId != null) {
                byStandard.computeIfAbsent(standardId, id -> new ArrayList<>()).add(new OpenTask(task.getId(), step(task.getName()),
                        task.getAssignee(), groups.getOrDefault(task.getId(), List.of()), task.getCreateTime().toInstant(),
                        task.getDueDate() == null ? null : task.getDueDate().toInstant()));
            }
        }
        return byStandard;
    }

    /** The business key of each of these process instances. */
    Map<String, String> businessKeys(Collection<String> processInstanceIds) {
        Map<String, String> keys = new HashMap<>();
        List<String> ids = List.copyOf(new HashSet<>(processInstanceIds));
        for (int from = 0; from < ids.size(); from += CandidateGroups.CHUNK) {
            Set<String> chunk = new HashSet<>(ids.subList(from, Math.min(ids.size(), from + CandidateGroups.CHUNK)));
            engine.withoutAuthorization(() -> runtimeService.createProcessInstanceQuery().processInstanceIds(chunk)
                            .listPage(0, EngineAccess.MAX_RESULTS)).stream().filter(i -> i.getBusinessKey() != null)
                    .forEach((ProcessInstance i) -> keys.put(i.getId(), i.getBusinessKey()));
        }
        return keys;
    }

    /** The step of a task's name, which {@link TaskName} wrote as "step (body): standard — title". */
    static String step(String name) {
        if (name == null) {
            return "";
        }
        int standard = name.indexOf(": ");
        return standard < 0 ? name : name.substring(0, standard);
    }
}
