package th.go.dga.standards.workspace;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.go.dga.standards.taskform.TaskView;
import th.go.dga.standards.taskform.TaskWork;
import th.go.dga.standards.time.DueDate;
import th.go.dga.standards.time.EngineTime;
import th.go.dga.standards.validation.NotFoundException;
import th.go.dga.standards.validation.StateConflictException;

/**
 * "My work": the tasks a staff member holds and the unclaimed tasks of their groups, each with the standard it is
 * about and when it is due; claimed and handed back here, done in Tasklist's form.
 */
@Controller
class MyWorkPages {

    /** A task as a line of the page. */
    record Line(TaskView task, DueDate due, boolean personal, String groups) {
    }

    private final TaskWork work;
    private final GroupNames groupNames;

    MyWorkPages(TaskWork work, GroupNames groupNames) {
        this.work = work;
        this.groupNames = groupNames;
    }

    /** How many lines each list shows at a time. */
    static final int PAGE_SIZE = 25;

    @GetMapping("/work")
    String myWork(@RequestParam(required = false) String mine, @RequestParam(required = false) String groups, Model model) {
        TaskWork.TaskPage minePage = work.page(TaskWork.Scope.MINE, PageRefused.pageNumber(mine), PAGE_SIZE);
        TaskWork.TaskPage groupsPage = work.page(TaskWork.Scope.GROUPS, PageRefused.pageNumber(groups), PAGE_SIZE);
        model.addAttribute("mine", lines(minePage.tasks()));
        model.addAttribute("minePage", minePage);
        model.addAttribute("groups", lines(groupsPage.tasks()));
        model.addAttribute("groupsPage", groupsPage);
        return "work/my-work";
    }

    @PostMapping("/work/tasks/{taskId}/claim")
    String claim(@PathVariable String taskId, @RequestParam(required = false) String back, RedirectAttributes flash) {
        return act(() -> work.claim(taskId), "work.claimed", flash) + ("task".equals(back) ? "/tasks/" + taskId : "");
    }

    @PostMapping("/work/tasks/{taskId}/unclaim")
    String unclaim(@PathVariable String taskId, @RequestParam(required = false) String back, RedirectAttributes flash) {
        return act(() -> work.unclaim(taskId), "work.unclaimed", flash) + ("task".equals(back) ? "/tasks/" + taskId : "");
    }

    /** Claims or hands back; answers where to go back to, {@code /work} or below it. */
    private static String act(Supplier<TaskView> action, String done, RedirectAttributes flash) {
        try {
            TaskView task = action.get();
            flash.addFlashAttribute("notice", done);
            flash.addFlashAttribute("noticeTask", task.name());
        } catch (StateConflictException refused) {
            flash.addFlashAttribute("problem", refused.message(LocaleContextHolder.getLocale()));
        } catch (NotFoundException gone) {
            flash.addFlashAttribute("problem", gone.message(LocaleContextHolder.getLocale()));
        }
        return "redirect:/work";
    }

    private List<Line> lines(List<TaskView> tasks) {
        Map<String, String> names = groupNames.of(tasks.stream().flatMap(t -> t.candidateGroups().stream()).distinct().toList());
        return tasks.stream().map(t -> new Line(t, t.due() == null ? null : DueDate.of(t.due(), EngineTime.now()),
                t.candidateGroups() == null || t.candidateGroups().isEmpty(),
                String.join(", ", t.candidateGroups().stream().map(names::get).toList()))).toList();
    }
}
