package th.go.dga.standards.progress;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.ManualTask;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * The steps of one deployed process in the order a reader follows them, read from its model once.
 * <p>
 * The models loop (a draft goes back to the working group, a hearing is held again), so the order is that of a
 * depth-first walk from the start with the flows that go back to a step already on the way left out: what is left
 * runs forward only. On that forward graph "still to come" means "reachable from where the standard is now", and a
 * step that lies on one branch of a decision only (the director's signature is for a มสพร., the Royal Gazette for a
 * มรด.) carries that branch's name.
 * <p>
 * Steps are what a person does or waits for: the start, user and manual tasks, calls of other processes, catch
 * events and ends. Service tasks and gateways are the engine's bookkeeping; they are drawn, not listed. The steps of
 * an event sub-process (the withdrawal) are listed only once they have happened.
 */
final class LifecycleGraph {

    /**
     * One flow node of the model.
     *
     * @param step     whether the list of steps shows it
     * @param optional whether it is shown only once it has happened (an event sub-process's nodes)
     */
    record Node(String id, String name, boolean step, boolean optional) {
    }

    private final String processName;
    private final List<Node> order;
    private final Map<String, Set<String>> forward;
    private final Map<String, String> branches;

    private LifecycleGraph(String processName, List<Node> order, Map<String, Set<String>> forward, Map<String, String> branches) {
        this.processName = processName;
        this.order = List.copyOf(order);
        this.forward = forward;
        this.branches = branches;
    }

    static LifecycleGraph of(BpmnModelInstance model, String processKey) {
        Process process = model.getModelElementById(processKey);
        if (process == null) {
            throw new IllegalArgumentException("no process " + processKey + " in the model");
        }
        Map<String, FlowNode> nodes = new LinkedHashMap<>();
        Set<String> optional = new HashSet<>();
        List<FlowNode> roots = new ArrayList<>();
        List<FlowNode> eventRoots = new ArrayList<>();
        collect(process.getFlowElements(), false, nodes, optional, roots, eventRoots);

        Map<String, List<FlowNode>> successors = new LinkedHashMap<>();
        Map<String, List<SequenceFlow>> outgoing = new LinkedHashMap<>();
        for (FlowNode node : nodes.values()) {
            List<FlowNode> next = new ArrayList<>();
            List<SequenceFlow> flows = new ArrayList<>();
            for (SequenceFlow flow : node.getOutgoing()) {
                if (nodes.containsKey(flow.getTarget().getId())) {
                    next.add(flow.getTarget());
                    flows.add(flow);
                }
            }
            successors.put(node.getId(), next);
            outgoing.put(node.getId(), flows);
        }
        // a boundary event leaves the activity it is attached to
        for (FlowNode node : nodes.values()) {
            if (node instanceof BoundaryEvent boundary && boundary.getAttachedTo() != null && nodes.containsKey(boundary.getAttachedTo().getId())) {
                successors.get(boundary.getAttachedTo().getId()).add(boundary);
            }
        }

        Walk walk = new Walk(successors);
        List<FlowNode> ordered = new ArrayList<>();
        List<FlowNode> starts = new ArrayList<>(roots);
        starts.addAll(eventRoots);
        starts.addAll(nodes.values()); // whatever no start reaches, last
        for (FlowNode start : starts) {
            if (!walk.seen.contains(start.getId())) {
                List<FlowNode> finished = new ArrayList<>();
                walk.from(start, finished);
                Collections.reverse(finished);
                ordered.addAll(finished);
            }
        }
        List<Node> order = new ArrayList<>();
        for (FlowNode node : ordered) {
            order.add(new Node(node.getId(), name(node), isStep(node), optional.contains(node.getId())));
        }

        Map<String, String> branches = new LinkedHashMap<>();
        for (FlowNode node : ordered) {
            if (!(node instanceof ExclusiveGateway || node instanceof InclusiveGateway)) {
                continue;
            }
            List<SequenceFlow> choices = outgoing.get(node.getId()).stream()
                    .filter(f -> walk.forward.get(node.getId()).contains(f.getTarget().getId())).toList();
            if (choices.size() < 2) {
                continue;
            }
            List<Set<String>> reached = choices.stream().map(f -> {
                Set<String> on = new LinkedHashSet<>(reachable(walk.forward, List.of(f.getTarget().getId())));
                on.add(f.getTarget().getId());
                return on;
            }).toList();
            for (int i = 0; i < choices.size(); i++) {
                String label = choices.get(i).getName();
                if (label == null || label.isBlank()) {
                    continue;
                }
                for (String id : reached.get(i)) {
                    int k = i;
                    boolean onlyHere = IntStream.range(0, choices.size()).noneMatch(j -> j != k && reached.get(j).contains(id));
                    if (onlyHere) {
                        branches.merge(id, label.strip(), (outer, inner) -> outer + ", " + inner);
                    }
                }
            }
        }
        return new LifecycleGraph(process.getName() == null ? processKey : process.getName(), order, walk.forward, branches);
    }

    /** The process's Thai name. */
    String processName() {
        return processName;
    }

    /** Every flow node, in reading order. */
    List<Node> order() {
        return order;
    }

    /** The name of the branch of a decision the step lies on, or null when every way forward passes it. */
    String branch(String id) {
        return branches.get(id);
    }

    /** The nodes that can still come after these, going forward. */
    Set<String> reachableFrom(Collection<String> ids) {
        return reachable(forward, ids);
    }

    private static Set<String> reachable(Map<String, Set<String>> forward, Collection<String> from) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        from.forEach(id -> todo.addAll(forward.getOrDefault(id, Set.of())));
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (seen.add(id)) {
                todo.addAll(forward.getOrDefault(id, Set.of()));
            }
        }
        return seen;
    }

    private static void collect(Collection<FlowElement> elements, boolean inEventSubProcess, Map<String, FlowNode> nodes, Set<String> optional,
                                List<FlowNode> roots, List<FlowNode> eventRoots) {
        for (FlowElement element : elements) {
            if (!(element instanceof FlowNode node)) {
                continue;
            }
            nodes.put(node.getId(), node);
            if (inEventSubProcess) {
                optional.add(node.getId());
            }
            if (node instanceof StartEvent) {
                (inEventSubProcess ? eventRoots : roots).add(node);
            }
            if (node instanceof SubProcess sub && sub.triggeredByEvent()) {
                // the event sub-process itself is a box around its steps, not a step
                optional.add(sub.getId());
                collect(sub.getFlowElements(), true, nodes, optional, roots, eventRoots);
            }
        }
    }

    private static boolean isStep(FlowNode node) {
        if (node.getName() == null || node.getName().isBlank()) {
            return false;
        }
        if (node instanceof SubProcess sub) {
            return !sub.triggeredByEvent();
        }
        return node instanceof StartEvent || node instanceof EndEvent || node instanceof UserTask || node instanceof ManualTask
                || node instanceof ReceiveTask || node instanceof CallActivity || node instanceof IntermediateCatchEvent;
    }

    private static String name(FlowNode node) {
        return node.getName() == null ? node.getId() : node.getName().replaceAll("\\s+", " ").strip();
    }

    /** The depth-first walk: the order nodes finish in, and the flows that do not go back to a node on the way. */
    private static final class Walk {

        private final Map<String, List<FlowNode>> successors;
        private final Set<String> seen = new HashSet<>();
        private final Set<String> onTheWay = new HashSet<>();
        private final Map<String, Set<String>> forward = new LinkedHashMap<>();

        Walk(Map<String, List<FlowNode>> successors) {
            this.successors = successors;
        }

        void from(FlowNode node, List<FlowNode> finished) {
            seen.add(node.getId());
            onTheWay.add(node.getId());
            Set<String> ahead = forward.computeIfAbsent(node.getId(), id -> new LinkedHashSet<>());
            List<FlowNode> next = new ArrayList<>(successors.get(node.getId()));
            // the last flow is walked first, so that once reversed the first flow's steps come first
            Collections.reverse(next);
            for (FlowNode target : next) {
                if (onTheWay.contains(target.getId())) {
                    continue; // back to a step on the way: a loop, not a way forward
                }
                ahead.add(target.getId());
                if (!seen.contains(target.getId())) {
                    from(target, finished);
                }
            }
            onTheWay.remove(node.getId());
            finished.add(node);
        }
    }
}
