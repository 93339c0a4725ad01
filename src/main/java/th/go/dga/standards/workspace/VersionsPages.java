package th.go.dga.standards.workspace;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import th.go.dga.standards.draft.DraftVersion;
import th.go.dga.standards.draft.DraftVersions;
import th.go.dga.standards.draft.VersionComparison;
import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardRegistry;
import th.go.dga.standards.validation.NotFoundException;

/**
 * Every version of a standard's draft, and what changed between any two sent as Word files: clause by clause, and
 * inside a changed clause word by word.
 */
@Controller
class VersionsPages {

    private final StandardRegistry registry;
    private final DraftVersions drafts;

    VersionsPages(StandardRegistry registry, DraftVersions drafts) {
        this.registry = registry;
        this.drafts = drafts;
    }

    @GetMapping("/work/standards/{standardId}/versions")
    String versions(@PathVariable String standardId, @RequestParam(required = false) Long from, @RequestParam(required = false) Long to,
                    Model model) {
        Standard standard = registry.get(standardId);
        List<DraftVersion> versions = drafts.versions(standardId);
        Map<Long, Integer> clauses = drafts.clauseCounts(standardId);
        List<DraftVersion> withText = versions.stream().filter(DraftVersion::hasText).toList();
        Optional<DraftVersion> older = from == null ? withText.size() > 1 ? Optional.of(withText.get(withText.size() - 2)) : Optional.empty()
                : Optional.of(versionOf(standardId, from));
        Optional<DraftVersion> newer = to == null ? withText.size() > 1 ? Optional.of(withText.get(withText.size() - 1)) : Optional.empty()
                : Optional.of(versionOf(standardId, to));
        Optional<VersionComparison> comparison = older.isPresent() && newer.isPresent()
                ? drafts.compare(older.get().id(), newer.get().id()) : Optional.empty();
        model.addAttribute("standard", standard);
        model.addAttribute("versions", versions);
        model.addAttribute("clauses", clauses);
        model.addAttribute("withText", withText);
        model.addAttribute("older", older.orElse(null));
        model.addAttribute("newer", newer.orElse(null));
        model.addAttribute("comparison", comparison.orElse(null));
        return "work/versions";
    }

    private DraftVersion versionOf(String standardId, long id) {
        return drafts.find(id).filter(v -> v.standardId().equals(standardId))
                .orElseThrow(() -> new NotFoundException("draft.version-not-found", id));
    }
}
