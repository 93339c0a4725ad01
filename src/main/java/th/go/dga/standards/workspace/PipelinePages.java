package th.go.dga.standards.workspace;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import th.go.dga.standards.registry.ProjectPipeline;

/**
 * The secretariat's overview of the projects under way, by status: how long each has been in its status, its open
 * tasks, those overdue, and who holds them; with a chart of the projects per stage and the number of those ended.
 * Paged, filtered by status and ordered, read in a fixed number of queries.
 */
@Controller
@PreAuthorize(SecretariatPages.ALLOWED)
class PipelinePages {

    private final ProjectOverview overview;

    PipelinePages(ProjectOverview overview) {
        this.overview = overview;
    }

    @GetMapping("/work/pipeline")
    String pipeline(@RequestParam(required = false) String status, @RequestParam(required = false) String sort,
                    @RequestParam(required = false) String size, @RequestParam(required = false) String page, Model model) {
        model.addAttribute("overview", overview.read(PipelineRequest.of(status, sort, size, page)));
        model.addAttribute("stages", ProjectPipeline.IN_PROGRESS);
        model.addAttribute("sorts", PipelineRequest.SORTS.keySet());
        model.addAttribute("sizes", PipelineRequest.SIZES);
        return "work/pipeline";
    }
}
