package th.go.dga.standards.lifecycle;

import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import th.go.dga.standards.draft.DraftVersions;
import th.go.dga.standards.engine.EngineAccess;
import th.go.dga.standards.gazette.GazetteRecord;
import th.go.dga.standards.gazette.GazetteService;
import th.go.dga.standards.hearing.HearingService;
import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardRegistry;
import th.go.dga.standards.signing.AnnouncementService;

/**
 * Puts together the API's view of a standard from the registry, the drafting record, hearings, announcement,
 * Gazette and the engine's open tasks.
 */
@Component
public class StandardViews {

    private final StandardRegistry registry;
    private final DraftVersions drafting;
    private final HearingService hearings;
    private final AnnouncementService announcements;
    private final GazetteService gazette;
    private final TaskService taskService;
    private final HistoryService historyService;
    private final EngineAccess engine;

    StandardViews(StandardRegistry registry, DraftVersions drafting, HearingService hearings, AnnouncementService announcements,
                  GazetteService gazette, TaskService taskService, HistoryService historyService,
                  EngineAccess engine) {
        this.registry = registry;
        this.drafting = drafting;
        this.hearings = hearings;
        this.announcements = announcements;
        this.gazette = gazette;
        this.taskService = taskService;
        this.historyService = historyService;
        this.engine = engine;
    }

    /** The summary used in lists: no versions, tasks or hearings. */
    StandardView summary(Standard s) {
        return view(s, List.of(), List.of(), List.of(), List.of(), null, null, null);
    }

    public StandardView detail(Standard s) {
        List<StandardView.Version> versions = drafting.versions(s.id()).stream().map(v -> new StandardView.Version(v.stage().name(),
                v.versionLabel(), v.documentRef(), v.note(), v.recordedBy(), v.recordedAt())).toList();
        List<Task> tasks = engine.withoutAuthorization(() -> taskService.createTaskQuery().processInstanceBusinessKey(s.id())
                .orderByTaskCreateTime().asc().listPage(0, EngineAccess.MAX_RESULTS));
        List<StandardView.OpenTask> openTasks = tasks.stream().map(t -> new StandardView.OpenTask(t.getId(), t.getName(),
                t.getTaskDefinitionKey(), t.getAssignee(), candidateGroups(t.getId()), t.getCreateTime().toInstant(),
                t.getDueDate() == null ? null : t.getDueDate().toInstant())).toList();
        List<String> steps = engine.withoutAuthorization(() -> historyService.createHistoricProcessInstanceQuery()
                        .processInstanceBusinessKey(s.id()).unfinished().listPage(0, EngineAccess.MAX_RESULTS)).stream()
                .flatMap(instance -> engine.withoutAuthorization(() -> historyService.createHistoricActivityInstanceQuery()
                        .processInstanceId(instance.getId()).unfinished().orderByHistoricActivityInstanceStartTime().asc().listPage(0, EngineAccess.MAX_RESULTS)).stream())
                .filter(a -> a.getActivityName() != null && !a.getActivityType().contains("multiInstance") && !a.getActivityType().equals("callActivity"))
                .map(HistoricActivityInstance::getActivityName).distinct().toList();
        List<StandardView.HearingRef> hearingRefs = hearings.forStandard(s.id()).stream().map(h -> new StandardView.HearingRef(h.id(),
                h.round(), h.status().name(), h.window().commentPeriodStart(), h.window().commentPeriodEnd())).toList();
        StandardView.Links links = new StandardView.Links(
                ref(s.supersedesId()),
                registry.successorOf(s.id()).map(o -> new StandardView.Ref(o.id(), o.displayCode())).orElse(null),
                ref(s.promotedFromId()),
                registry.activePromotion(s.id()).map(this::ref).orElse(null));
        return view(s, versions, steps, openTasks, hearingRefs, links,
                announcements.forStandard(s.id()).map(a -> a.number().format()).orElse(null),
                gazette.find(s.id()).map(GazetteRecord::citation).orElse(null));
    }

    private StandardView view(Standard s, List<StandardView.Version> versions, List<String> steps, List<StandardView.OpenTask> tasks,
                              List<StandardView.HearingRef> hearingRefs, StandardView.Links links, String announcement, String citation) {
        return new StandardView(s.id(), s.kind().name(), s.code() == null ? null : s.code().format(), s.displayCode(), s.number(), s.part(),
                s.titleTh(), s.titleEn(), s.versionLabel(), s.subjectGroup(), s.workingGroup(), s.technicalWorkingGroup(), s.status().name(),
                s.status().labelTh(), s.publishedOn(), s.effectiveOn(), announcement, citation, s.createdAt(), s.updatedAt(),
                versions, steps, tasks, hearingRefs, links);
    }

    private StandardView.Ref ref(String id) {
        return id == null ? null : registry.find(id).map(o -> new StandardView.Ref(o.id(), o.displayCode())).orElse(null);
    }

    private List<String> candidateGroups(String taskId) {
        return engine.withoutAuthorization(() -> taskService.getIdentityLinksForTask(taskId)).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
    }
}
