package th.go.dga.standards.config;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tasklist's filters in Thai, shared by every user: the tasks assigned to me, and the tasks of my groups that no
 * one has claimed yet. Created once; a filter renamed or changed by an administrator is left as it is.
 */
@Component
class TasklistFilters {

    static final String MY_TASKS = "งานของฉัน";
    static final String MY_GROUPS_TASKS = "งานของกลุ่มฉัน";

    private final FilterService filterService;
    private final TaskService taskService;

    TasklistFilters(FilterService filterService, TaskService taskService) {
        this.filterService = filterService;
        this.taskService = taskService;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void create() {
        create(MY_TASKS, "งานที่มอบหมายให้ฉัน", -10, taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        create(MY_GROUPS_TASKS, "งานของกลุ่มที่ฉันเป็นสมาชิกซึ่งยังไม่มีผู้รับ", -5,
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}"));
    }

    private void create(String name, String description, int priority, TaskQuery query) {
        if (filterService.createFilterQuery().filterName(name).count() > 0) {
            return;
        }
        Filter filter = filterService.newTaskFilter(name);
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
