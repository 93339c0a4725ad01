package th.go.dga.standards.workspace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.servlet.http.HttpServletResponse;

import th.go.dga.standards.lifecycle.ProcessStarts;
import th.go.dga.standards.process.StandardLifecycleProcess;
import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.security.Groups;
import th.go.dga.standards.taskform.FormSchema;
import th.go.dga.standards.taskform.TaskWork;
import th.go.dga.standards.validation.InvalidInputException;
import th.go.dga.standards.validation.Violation;

/**
 * The secretariat registers a project in the workspace with the lifecycle's own start form, the one Tasklist's start
 * dialog shows, submitted through the engine's form service so that the same checks apply.
 */
@Controller
@PreAuthorize(Groups.IS_SECRETARIAT)
class RegistrationPages {

    private final TaskWork work;
    private final ProcessStarts starts;

    RegistrationPages(TaskWork work, ProcessStarts starts) {
        this.work = work;
        this.starts = starts;
    }

    @GetMapping("/work/projects/new")
    String form(Model model) {
        return page(Map.of(), Map.of(), List.of(), model);
    }

    @PostMapping("/work/projects/new")
    String register(@RequestParam MultiValueMap<String, String> posted, Model model, RedirectAttributes flash, HttpServletResponse response) {
        Locale locale = LocaleContextHolder.getLocale();
        FormSchema schema = FormSchema.parse(startForm().toString());
        TaskFormPost read = TaskFormPost.read(schema, Map.of(), posted);
        List<Violation> refused = read.refusals(schema);
        if (refused.isEmpty()) {
            try {
                Map<String, Object> values = new LinkedHashMap<>(read.values());
                values.values().removeIf(v -> v == null);
                Standard registered = starts.register(values);
                flash.addFlashAttribute("notice", "work.registered");
                flash.addFlashAttribute("noticeTask", registered.displayCode() + " — " + registered.titleTh());
                flash.addFlashAttribute("noticeTo", registered.id());
                return "redirect:/work";
            } catch (InvalidInputException invalid) {
                refused.addAll(invalid.violations());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        TaskFormPost.Shown shown = TaskFormPost.Shown.of(refused, locale);
        return page(posted.toSingleValueMap(), shown.errors(), shown.general(), model);
    }

    private String page(Map<String, String> typed, Map<String, String> errors, List<String> general, Model model) {
        model.addAttribute("form", TaskFormView.of(startForm(), Map.of(), typed, errors));
        model.addAttribute("errors", errors);
        model.addAttribute("general", general);
        return "work/register";
    }

    private JsonNode startForm() {
        return work.startForm(StandardLifecycleProcess.KEY).orElseThrow(() -> new IllegalStateException("the lifecycle has no start form"));
    }
}
