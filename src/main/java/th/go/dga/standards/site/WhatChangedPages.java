package th.go.dga.standards.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import th.go.dga.standards.draft.Clause;
import th.go.dga.standards.draft.ClauseChange;
import th.go.dga.standards.drafting.HearingRevision;
import th.go.dga.standards.drafting.HearingRevisions;
import th.go.dga.standards.hearing.Hearing;
import th.go.dga.standards.hearing.HearingService;
import th.go.dga.standards.hearing.HearingViews;
import th.go.dga.standards.validation.NotFoundException;

/**
 * The draft a hearing heard, clause by clause, with the comments on each clause, the working group's answers and what
 * became of the clause in the next version: where a commenter sees what their comment changed. Public once the
 * hearing's summary is, for a draft sent as a Word file; read in the same few queries whatever its size.
 */
@Controller
class WhatChangedPages {

    private final HearingService hearings;
    private final HearingViews views;
    private final HearingRevisions revisions;

    WhatChangedPages(HearingService hearings, HearingViews views, HearingRevisions revisions) {
        this.hearings = hearings;
        this.views = views;
        this.revisions = revisions;
    }

    @GetMapping("/hearings/{id}/changes")
    String changes(@PathVariable long id, Model model) {
        Hearing hearing = hearings.get(id);
        // the answers are the working group's until the summary is published, as on the summary page
        if (!HearingPages.isPublic(hearing) || !hearing.summaryPublished()) {
            throw new NotFoundException("hearing.not-found", id);
        }
        HearingRevision revision = revisions.of(id).orElseThrow(() -> new NotFoundException("hearing.not-found", id));
        model.addAttribute("hearing", views.of(hearing));
        model.addAttribute("revision", revision);
        model.addAttribute("clauses", clauses(revision));
        model.addAttribute("wholeDraft", revision.on(null).stream().map(a -> new Commented(a, a.changes())).toList());
        model.addAttribute("added", revision.comparison() == null ? List.of()
                : revision.comparison().changes().stream().filter(c -> c.kind() == ClauseChange.Kind.ADDED).toList());
        return "hearing-changes";
    }

    /** Each clause heard, in order, with its comments and what became of it; the comments are grouped in one pass. */
    private static List<HeardClause> clauses(HearingRevision revision) {
        Map<String, List<HearingRevision.Answered>> byClause = new HashMap<>();
        for (HearingRevision.Answered a : revision.comments()) {
            if (a.clause() != null) {
                byClause.computeIfAbsent(a.clause().number(), n -> new ArrayList<>()).add(a);
            }
        }
        List<HeardClause> clauses = new ArrayList<>(revision.heardText().clauses().size());
        for (Clause clause : revision.heardText().clauses()) {
            ClauseChange change = revision.changeOf(clause.number()).orElse(null);
            List<Commented> comments = byClause.getOrDefault(clause.number(), List.of()).stream()
                    // what the clause itself became is shown once, under the clause; an answer shows the other clauses it names
                    .map(a -> new Commented(a, a.changes().stream().filter(c -> !c.equals(change)).toList()))
                    .toList();
            clauses.add(new HeardClause(clause, comments, change));
        }
        return clauses;
    }

    /**
     * A clause of the draft heard.
     *
     * @param change what became of it in the next version; null while there is no next version sent as a Word file
     */
    record HeardClause(Clause clause, List<Commented> comments, ClauseChange change) {
    }

    /**
     * A comment with its answer.
     *
     * @param changes the changes of the clauses its answer names that are not already shown with the clause commented on
     */
    record Commented(HearingRevision.Answered answered, List<ClauseChange> changes) {
    }
}
