package th.go.dga.standards.progress;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;

import th.go.dga.standards.engine.EngineAccess;
import th.go.dga.standards.process.StandardLifecycleProcess;
import th.go.dga.standards.process.StandardPromotionProcess;

/**
 * Reads where a standard stands from the engine: the process its lifecycle runs on (a project's lifecycle, or the
 * promotion of a มสพร. to a มรด.), that process's deployed model, and its history. A standard at one step costs three
 * queries, and one more for each level of process called under the current step; the model of a deployed definition is
 * read once.
 * <p>
 * It reads as the engine, whatever the acting user may read: who may see a standard is for the page that shows it.
 */
@Service
public class StandardProgress {

    /** The processes a standard's life runs on; every other process with its business key is called from them. */
    private static final Set<String> LIFECYCLES = Set.of(StandardLifecycleProcess.KEY, StandardPromotionProcess.KEY);

    /** What a called process is waiting on, as the engine names the activity types. */
    private static final Set<String> WAITS = Set.of("userTask", "manualTask", "receiveTask", "callActivity", "intermediateTimer",
            "intermediateMessageCatch", "intermediateSignalCatch", "intermediateConditional", "eventBasedGateway");

    private final HistoryService history;
    private final RepositoryService repository;
    private final EngineAccess engine;
    /** A deployed definition never changes: its graph is worked out once. */
    private final Map<String, LifecycleGraph> graphs = new ConcurrentHashMap<>();

    StandardProgress(HistoryService history, RepositoryService repository, EngineAccess engine) {
        this.history = history;
        this.repository = repository;
        this.engine = engine;
    }

    /** Where the standard stands; empty when no lifecycle has run for it (a standard entered as already published). */
    public Optional<WhereItStands> forStandard(String standardId) {
        return engine.withoutAuthorization(() -> read(standardId));
    }

    /**
     * The BPMN XML of the deployed definition the standard's lifecycle runs on, as it was deployed.
     *
     * @return the definition's id and its XML; empty when no lifecycle has run for the standard
     */
    public Optional<DeployedModel> deployedModel(String standardId) {
        return engine.withoutAuthorization(() -> instances(standardId).flatMap(all -> lifecycle(all)).map(root -> {
            try (InputStream xml = repository.getProcessModel(root.getProcessDefinitionId())) {
                return new DeployedModel(root.getProcessDefinitionId(), xml.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }

    /** A deployed process model: the definition's id, and its BPMN XML as deployed. */
    public record DeployedModel(String processDefinitionId, byte[] xml) {
    }

    private Optional<WhereItStands> read(String standardId) {
        Optional<List<HistoricProcessInstance>> found = instances(standardId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<HistoricProcessInstance> all = found.get();
        Optional<HistoricProcessInstance> lifecycle = lifecycle(all);
        if (lifecycle.isEmpty()) {
            return Optional.empty();
        }
        HistoricProcessInstance root = lifecycle.get();
        LifecycleGraph graph = graphs.computeIfAbsent(root.getProcessDefinitionId(),
                id -> LifecycleGraph.of(repository.getBpmnModelInstance(id), root.getProcessDefinitionKey()));
        List<HistoricActivityInstance> activities = history.createHistoricActivityInstanceQuery().processInstanceId(root.getId())
                .orderByHistoricActivityInstanceStartTime().asc().listPage(0, EngineAccess.MAX_RESULTS);

        Map<String, Instant> lastDone = new HashMap<>();
        Map<String, HistoricActivityInstance> current = new HashMap<>();
        for (HistoricActivityInstance activity : activities) {
            if (activity.getEndTime() == null) {
                current.put(activity.getActivityId(), activity);
            } else if (!activity.isCanceled()) {
                // a task cut short by a withdrawal was not done
                lastDone.merge(activity.getActivityId(), activity.getEndTime().toInstant(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        boolean ended = root.getEndTime() != null;
        if (ended) {
            current.clear();
        }
        Set<String> ahead = ended ? Set.of() : graph.reachableFrom(current.isEmpty() ? lastSteps(lastDone) : current.keySet());

        List<WhereItStands.Step> steps = new ArrayList<>();
        for (LifecycleGraph.Node node : graph.order()) {
            if (!node.step()) {
                continue;
            }
            HistoricActivityInstance now = current.get(node.id());
            Instant doneAt = lastDone.get(node.id());
            WhereItStands.State state;
            if (now != null) {
                state = WhereItStands.State.CURRENT;
            } else if (ahead.contains(node.id()) && !node.optional()) {
                state = WhereItStands.State.TO_COME;
            } else if (doneAt != null) {
                state = WhereItStands.State.DONE;
            } else {
                continue; // a branch not taken, or a withdrawal that did not happen
            }
            steps.add(new WhereItStands.Step(node.id(), node.name(), state, doneAt, now == null ? null : now.getStartTime().toInstant(),
                    graph.branch(node.id()), now == null ? List.of() : waitingOn(now, all)));
        }
        List<WhereItStands.Done> done = lastDone.entrySet().stream().map(e -> new WhereItStands.Done(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(WhereItStands.Done::endedAt).thenComparing(WhereItStands.Done::activityId)).toList();
        List<String> currentIds = current.values().stream().sorted(Comparator.comparing(HistoricActivityInstance::getStartTime))
                .map(HistoricActivityInstance::getActivityId).distinct().toList();
        return Optional.of(new WhereItStands(standardId, root.getProcessDefinitionId(), graph.processName(), ended, steps, done, currentIds));
    }

    private Optional<List<HistoricProcessInstance>> instances(String standardId) {
        if (standardId == null || standardId.isBlank()) {
            return Optional.empty();
        }
        List<HistoricProcessInstance> all = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(standardId)
                .listPage(0, EngineAccess.MAX_RESULTS);
        return all.isEmpty() ? Optional.empty() : Optional.of(all);
    }

    /** The standard's own lifecycle: not one called from another, the latest if there were ever two. */
    private static Optional<HistoricProcessInstance> lifecycle(List<HistoricProcessInstance> all) {
        return all.stream().filter(i -> i.getSuperProcessInstanceId() == null && LIFECYCLES.contains(i.getProcessDefinitionKey()))
                .max(Comparator.comparing(HistoricProcessInstance::getStartTime));
    }

    /** Between two steps (a job not yet run), the process stands where it last finished something. */
    private static Set<String> lastSteps(Map<String, Instant> lastDone) {
        Instant last = lastDone.values().stream().max(Comparator.naturalOrder()).orElse(null);
        Set<String> ids = new LinkedHashSet<>();
        lastDone.forEach((id, at) -> {
            if (at.equals(last)) {
                ids.add(id);
            }
        });
        return ids;
    }

    /** The names of what the process called by this step waits on now, down through the processes it calls in turn. */
    private List<String> waitingOn(HistoricActivityInstance step, List<HistoricProcessInstance> all) {
        List<String> names = new ArrayList<>();
        String called = step.getCalledProcessInstanceId();
        // the models call at most two levels deep; the bound keeps a bad model from looping
        for (int level = 0; called != null && level < 5; level++) {
            String instanceId = called;
            boolean running = all.stream().anyMatch(i -> i.getId().equals(instanceId) && i.getEndTime() == null);
            if (!running) {
                break;
            }
            called = null;
            for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery().processInstanceId(instanceId).unfinished()
                    .orderByHistoricActivityInstanceStartTime().asc().listPage(0, EngineAccess.MAX_RESULTS)) {
                if (!WAITS.contains(activity.getActivityType()) || activity.getActivityName() == null) {
                    continue;
                }
                String name = activity.getActivityName().replaceAll("\\s+", " ").strip();
                if (!names.contains(name)) {
                    names.add(name);
                }
                if ("callActivity".equals(activity.getActivityType()) && activity.getCalledProcessInstanceId() != null) {
                    called = activity.getCalledProcessInstanceId();
                }
            }
        }
        return names;
    }
}
