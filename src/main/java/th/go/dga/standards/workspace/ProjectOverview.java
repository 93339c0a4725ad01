package th.go.dga.standards.workspace;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

import th.go.dga.standards.engine.EngineAccess;
import th.go.dga.standards.engine.PersonNames;
import th.go.dga.standards.registry.ProjectPipeline;
import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardStatus;
import th.go.dga.standards.taskform.OpenTasks;
import th.go.dga.standards.time.BuddhistEra;
import th.go.dga.standards.time.DueDate;
import th.go.dga.standards.time.EngineTime;

/**
 * The secretariat's overview of the projects, one page of it: the number in each status, and each project of the page
 * with how long it has been in its status and who holds its open tasks. Seven queries, whatever the page size: the
 * counts, the page, the tasks with their process instances and candidate groups, the groups' and the people's names.
 */
@Service
class ProjectOverview {

    /** The statuses whose standards have a public page ({@code /standards/{id}}), once they have a code. */
    private static final Set<StandardStatus> PUBLIC_PAGE = Set.of(StandardStatus.AWAITING_GAZETTE, StandardStatus.PUBLISHED,
            StandardStatus.IN_FORCE, StandardStatus.SUPERSEDED);

    /** The page as the template shows it. */
    record Overview(PipelineRequest request, List<StatusCount> inProgress, long inProgressTotal, List<StatusCount> ended, long endedTotal,
                    StageChart chart, List<StatusGroup> groups, long totalItems, int totalPages) {

        public boolean empty() {
            return groups.isEmpty();
        }

        public int firstItem() {
            return (int) Math.min(totalItems, request.offset() + 1);
        }

        public long lastItem() {
            return Math.min(totalItems, request.offset() + request.size());
        }
    }

    record StatusCount(StandardStatus status, long count) {
    }

    /** The projects of the page in one status, with how many the status holds in all. */
    record StatusGroup(StandardStatus status, long total, List<Row> rows) {
    }

    /**
     * One project.
     *
     * @param since        when it entered its status
     * @param days         whole calendar days since then, in Bangkok
     * @param publicPage   whether {@code /standards/{id}} shows it
     * @param overdue      how many of its tasks are past their due date
     */
    record Row(String id, String code, String titleTh, String workingGroup, Instant since, long days, boolean publicPage, List<TaskLine> tasks,
               long overdue) {
    }

    /**
     * An open task of a project.
     *
     * @param holder   the assignee's name, or the names of the groups that may take it
     * @param assigned whether a person holds it
     */
    record TaskLine(String step, String holder, boolean assigned, DueDate due) {

        public boolean overdue() {
            return due != null && due.overdue();
        }
    }

    private final ProjectPipeline pipeline;
    private final OpenTasks openTasks;
    private final GroupNames names;
    private final IdentityService identity;
    private final EngineAccess engine;

    ProjectOverview(ProjectPipeline pipeline, OpenTasks openTasks, GroupNames names, IdentityService identity, EngineAccess engine) {
        this.pipeline = pipeline;
        this.names = names;
        this.openTasks = openTasks;
        this.identity = identity;
        this.engine = engine;
    }

    Overview read(PipelineRequest request) {
        Map<StandardStatus, Long> counts = pipeline.counts();
        List<StatusCount> inProgress = ProjectPipeline.IN_PROGRESS.stream().map(s -> new StatusCount(s, counts.get(s))).toList();
        List<StatusCount> ended = ProjectPipeline.ENDED.stream().map(s -> new StatusCount(s, counts.get(s))).toList();
        long totalItems = request.statuses().stream().mapToLong(counts::get).sum();
        int totalPages = (int) ((totalItems + request.size() - 1) / request.size());

        List<ProjectPipeline.Project> projects = request.offset() < totalItems
                ? pipeline.page(request.status(), request.order(), request.offset(), request.size()) : List.of();
        Map<String, List<OpenTasks.OpenTask>> tasks = openTasks.byStandard(projects.stream().map(p -> p.standard().id()).toList());
        Set<String> groupIds = new HashSet<>();
        Set<String> userIds = new HashSet<>();
        projects.forEach(p -> {
            if (p.standard().workingGroup() != null) {
                groupIds.add(p.standard().workingGroup());
            }
        });
        tasks.values().forEach(list -> list.forEach(t -> {
            if (t.assignee() != null) {
                userIds.add(t.assignee());
            } else {
                groupIds.addAll(t.candidateGroups());
            }
        }));
        Map<String, String> groupNames = names.of(groupIds);
        Map<String, String> userNames = userNames(userIds);

        Instant now = EngineTime.now();
        LocalDate today = LocalDate.ofInstant(now, BuddhistEra.BANGKOK);
        Map<StandardStatus, List<Row>> rows = new LinkedHashMap<>();
        for (ProjectPipeline.Project project : projects) {
            Standard standard = project.standard();
            List<TaskLine> lines = tasks.getOrDefault(standard.id(), List.of()).stream()
                    .map(t -> new TaskLine(t.step(), holder(t, groupNames, userNames), t.assignee() != null,
                            t.due() == null ? null : DueDate.of(t.due(), now)))
                    .toList();
            rows.computeIfAbsent(standard.status(), s -> new ArrayList<>()).add(new Row(standard.id(), standard.displayCode(), standard.titleTh(),
                    standard.workingGroup() == null ? null : groupNames.getOrDefault(standard.workingGroup(), standard.workingGroup()),
                    project.statusSince(), ChronoUnit.DAYS.between(LocalDate.ofInstant(project.statusSince(), BuddhistEra.BANGKOK), today),
                    standard.code() != null && PUBLIC_PAGE.contains(standard.status()), lines, lines.stream().filter(TaskLine::overdue).count()));
        }
        // grouped by status in the order a project passes them; inside a group, the order asked for
        List<StatusGroup> groups = ProjectPipeline.IN_PROGRESS.stream().filter(rows::containsKey)
                .map(s -> new StatusGroup(s, counts.get(s), rows.get(s))).toList();
        return new Overview(request, inProgress, inProgress.stream().mapToLong(StatusCount::count).sum(), ended,
                ended.stream().mapToLong(StatusCount::count).sum(), StageChart.of(ProjectPipeline.IN_PROGRESS, counts), groups, totalItems,
                totalPages);
    }

    private static String holder(OpenTasks.OpenTask task, Map<String, String> groupNames, Map<String, String> userNames) {
        if (task.assignee() != null) {
            return userNames.getOrDefault(task.assignee(), task.assignee());
        }
        return task.candidateGroups().stream().map(g -> groupNames.getOrDefault(g, g)).collect(Collectors.joining(", "));
    }

    private Map<String, String> userNames(Set<String> ids) {
        Map<String, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            engine.withoutAuthorization(() -> identity.createUserQuery().userIdIn(ids.toArray(String[]::new)).listPage(0, EngineAccess.MAX_RESULTS))
                    .forEach((User u) -> names.put(u.getId(), fullName(u)));
        }
        return names;
    }

    private static String fullName(User user) {
        return PersonNames.of(user);
    }
}
