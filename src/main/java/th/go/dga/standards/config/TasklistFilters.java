package th.go.dga.standards.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import th.go.dga.standards.engine.EngineAccess;

/**
 * Tasklist's filters in Thai, each user's own: the tasks assigned to me, and the tasks of my groups that no one has
 * claimed yet. The engine does not evaluate expressions in stored queries, so instead of one shared filter reading
 * "the current user" the filters name the user and their groups, and are brought up to date at every login.
 */
@Component
class TasklistFilters {

    static final String MY_TASKS = "งานของฉัน";
    static final String MY_GROUPS_TASKS = "งานของกลุ่มฉัน";

    private final FilterService filterService;
    private final TaskService taskService;
    private final IdentityService identityService;

    TasklistFilters(FilterService filterService, TaskService taskService, IdentityService identityService) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.identityService = identityService;
    }

    /** Shared filters with expressions, from before filters were each user's own, would no longer run. */
    @EventListener(ApplicationReadyEvent.class)
    public void removeSharedFilters() {
        for (String name : List.of(MY_TASKS, MY_GROUPS_TASKS)) {
            filterService.createFilterQuery().filterName(name).list().stream()
                    .filter(f -> f.getOwner() == null)
                    .forEach(f -> filterService.deleteFilter(f.getId()));
        }
    }

    @EventListener
    public void onLogin(InteractiveAuthenticationSuccessEvent login) {
        update(login.getAuthentication().getName());
    }

    void update(String userId) {
        List<String> groups = identityService.createGroupQuery().groupMember(userId).listPage(0, EngineAccess.MAX_RESULTS).stream()
                .map(Group::getId).toList();
        save(userId, MY_TASKS, "งานที่มอบหมายให้ฉัน", -10, taskService.createTaskQuery().taskAssignee(userId));
        if (groups.isEmpty()) {
            find(userId, MY_GROUPS_TASKS).ifPresent(f -> filterService.deleteFilter(f.getId()));
        } else {
            save(userId, MY_GROUPS_TASKS, "งานของกลุ่มที่ฉันเป็นสมาชิกซึ่งยังไม่มีผู้รับ", -5, taskService.createTaskQuery().taskCandidateGroupIn(groups));
        }
    }

    private Optional<Filter> find(String userId, String name) {
        return filterService.createFilterQuery().filterName(name).filterOwner(userId).list().stream().findFirst();
    }

    private void save(String userId, String name, String description, int priority, TaskQuery query) {
        Filter filter = find(userId, name).orElseGet(() -> filterService.newTaskFilter(name));
        filter.setOwner(userId);
        filter.setQuery(query);
        filter.setProperties(Map.of(
                "description", description,
                "priority", priority,
                "refresh", true,
                "variables", List.of(
                        Map.of("name", "standardId", "label", "รหัสโครงการ"),
                        Map.of("name", "standardTitle", "label", "มาตรฐาน"))));
        filterService.saveFilter(filter);
    }
}
