package th.go.dga.standards.workspace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletResponse;

import th.go.dga.standards.draft.Clause;
import th.go.dga.standards.draft.DraftVersion;
import th.go.dga.standards.draft.DraftVersions;
import th.go.dga.standards.hearing.Comment;
import th.go.dga.standards.hearing.CommentAnswerers;
import th.go.dga.standards.hearing.CommentPage;
import th.go.dga.standards.hearing.CommentRules;
import th.go.dga.standards.hearing.CommentService;
import th.go.dga.standards.hearing.Disposition;
import th.go.dga.standards.security.Caller;
import th.go.dga.standards.validation.EnumParameter;
import th.go.dga.standards.validation.InvalidInputException;
import th.go.dga.standards.validation.StateConflictException;
import th.go.dga.standards.validation.TextCharacters;
import th.go.dga.standards.validation.Violation;

/**
 * A hearing's comments for the people who run its project, the secretariat and the standard's working group, a page
 * at a time: filtered by whether they are answered and by the clause of the draft heard, each answered on its own
 * from the day it arrives. The answers are staff's until the hearing's summary is published.
 */
@Controller
class CommentTriagePages {

    /** How many comments a page shows. */
    static final int PAGE_SIZE = 25;

    private final CommentService comments;
    private final CommentAnswerers answerers;
    private final DraftVersions drafts;
    private final MessageSource messages;

    CommentTriagePages(CommentService comments, CommentAnswerers answerers, DraftVersions drafts, MessageSource messages) {
        this.comments = comments;
        this.answerers = answerers;
        this.drafts = drafts;
        this.messages = messages;
    }

    /** Which comments the page lists, read from its address; it gives the addresses of the pages and filters beside it. */
    record Listing(long hearingId, Show show, String clause, int page) {

        /** This listing's address, with an anchor when one is given. */
        public String uri(String anchor) {
            return withQuery(UriComponentsBuilder.fromPath("/work/hearings/{id}/comments")).fragment(anchor)
                    .buildAndExpand(hearingId).encode().toUriString();
        }

        /** Where a comment's answer is posted, so that the answer comes back to this listing. */
        public String answer(long commentId) {
            return withQuery(UriComponentsBuilder.fromPath("/work/comments/{id}/answer")).buildAndExpand(commentId).encode().toUriString();
        }

        public String onPage(int number) {
            return new Listing(hearingId, show, clause, number).uri(null);
        }

        /** The first page of the other filter by answer, on the same clause. */
        public String showing(Show other) {
            return new Listing(hearingId, other, clause, 1).uri(null);
        }

        private UriComponentsBuilder withQuery(UriComponentsBuilder uri) {
            if (show != Show.ALL) {
                uri.queryParam("show", show.param);
            }
            if (clause != null) {
                uri.queryParam("clause", clause);
            }
            if (page > 1) {
                uri.queryParam("page", page);
            }
            return uri;
        }
    }

    /** The filter by answer. */
    enum Show {
        ALL("all", null), NOT_ANSWERED("not-answered", false), ANSWERED("answered", true);

        final String param;
        final Boolean answered;

        Show(String param, Boolean answered) {
            this.param = param;
            this.answered = answered;
        }

        public String param() {
            return param;
        }
    }

    /**
     * A comment as a line of the page, with what its form shows: the answer recorded, or what was typed when it was
     * refused, and the refusals next to their fields.
     */
    record Line(Comment comment, Clause clause, String commenter, String disposition, String response, String answeredIn,
                Map<String, String> errors) {
    }

    /** An answer as it was posted and refused. */
    private record Typed(long commentId, String disposition, String response, String answeredIn, Map<String, String> errors) {
    }

    @GetMapping("/work/hearings/{hearingId}/comments")
    String comments(@PathVariable long hearingId, @RequestParam(required = false) String show, @RequestParam(required = false) String clause,
                    @RequestParam(required = false) String page, Model model, Authentication user) {
        CommentAnswerers.Project project = answerers.ensureRunsProject(hearingId, Caller.of(user));
        Heard heard = heard(project);
        return page(project, heard, listing(hearingId, show, clause, page, heard), null, List.of(), model);
    }

    @PostMapping("/work/comments/{commentId}/answer")
    String answer(@PathVariable long commentId, @RequestParam(required = false) String disposition,
                  @RequestParam(required = false) String response, @RequestParam(required = false) String answeredIn,
                  @RequestParam(required = false) String show, @RequestParam(required = false) String clause,
                  @RequestParam(required = false) String page, Model model, Authentication user, RedirectAttributes flash,
                  HttpServletResponse http) {
        Comment comment = comments.get(commentId);
        CommentAnswerers.Project project = answerers.ensureRunsProject(comment.hearingId(), Caller.of(user));
        Heard heard = heard(project);
        Listing listing = listing(project.hearing().id(), show, clause, page, heard);
        Locale locale = LocaleContextHolder.getLocale();

        Disposition chosen = null;
        try {
            chosen = EnumParameter.parse(Disposition.class, "disposition", disposition);
        } catch (InvalidInputException notAnOption) {
            // a value the radio buttons do not offer: asked again as if none was chosen
        }
        List<Violation> refused = new ArrayList<>(CommentRules.answerViolations(chosen, response));
        List<String> general = new ArrayList<>();
        TextCharacters.check(refused, "answeredIn", answeredIn, messages.getMessage("triage.answered-in", null, locale));
        if (refused.isEmpty()) {
            try {
                comments.respond(commentId, chosen, response.strip(), clauses(answeredIn));
                flash.addFlashAttribute("saved", comment.referenceNo());
                return "redirect:" + listing.uri("c-" + commentId);
            } catch (InvalidInputException invalid) {
                refused.addAll(invalid.violations());
            } catch (StateConflictException conflict) {
                general.add(conflict.message(locale));
            }
        }
        TaskFormPost.Shown shown = TaskFormPost.Shown.of(refused, locale);
        general.addAll(shown.general());
        http.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return page(project, heard, listing, new Typed(commentId, disposition, response, answeredIn, shown.errors()), general, model);
    }

    /**
     * The address a refused answer is shown at, opened again (by the language switch, the cookie banner, a reload):
     * the comment in its list.
     */
    @GetMapping("/work/comments/{commentId}/answer")
    String answerAgain(@PathVariable long commentId, @RequestParam(required = false) String show, @RequestParam(required = false) String clause,
                       @RequestParam(required = false) String page, Authentication user) {
        Comment comment = comments.get(commentId);
        CommentAnswerers.Project project = answerers.ensureRunsProject(comment.hearingId(), Caller.of(user));
        return "redirect:" + listing(project.hearing().id(), show, clause, page, heard(project)).uri("c-" + commentId);
    }

    /** Refused here with this page's own reason: the secretariat's pages say they are the secretariat's alone. */
    @ExceptionHandler(AccessDeniedException.class)
    String forbidden(HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        model.addAttribute("refusal", messages.getMessage("triage.refused.forbidden", null, LocaleContextHolder.getLocale()));
        return "work/refused";
    }

    /** The draft the hearing put to the public, and its clauses when it was sent as a Word file. */
    private record Heard(DraftVersion version, List<Clause> outline) {

        boolean hasClause(String number) {
            return outline.stream().anyMatch(c -> c.number().equals(number));
        }
    }

    private Heard heard(CommentAnswerers.Project project) {
        Long versionId = project.hearing().draftVersionId();
        if (versionId == null) {
            return new Heard(null, List.of());
        }
        DraftVersion version = drafts.get(versionId);
        return new Heard(version, version.hasText() ? drafts.outline(versionId) : List.of());
    }

    /** The listing the address asks for; anything the page does not offer is refused with a page that says so. */
    private static Listing listing(long hearingId, String show, String clause, String page, Heard heard) {
        Show shown = Show.ALL;
        if (show != null && !show.isBlank()) {
            shown = Arrays.stream(Show.values()).filter(s -> s.param.equals(show.strip())).findFirst()
                    .orElseThrow(() -> new PageRefused("triage.refused.show", PageRefused.echo(show)));
        }
        String number = null;
        if (clause != null && !clause.isBlank()) {
            number = Clause.normalise(clause);
            if (!heard.hasClause(number)) {
                throw new PageRefused("triage.refused.clause", PageRefused.echo(clause));
            }
        }
        return new Listing(hearingId, shown, number, PageRefused.pageNumber(page));
    }

    /**
     * The clauses typed, "4.2, 5.1": an empty input names none; null, when the form did not offer the input, keeps
     * those named before.
     */
    private static List<String> clauses(String typed) {
        if (typed == null) {
            return null;
        }
        return Arrays.stream(typed.split("[,;]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Who sent a comment, as staff read it: the name and the organisation given; null when neither is (any longer). */
    private static String commenter(Comment comment) {
        String joined = Stream.of(comment.name(), comment.organisation()).filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(", "));
        return joined.isEmpty() ? null : joined;
    }

    private String page(CommentAnswerers.Project project, Heard heard, Listing listing, Typed typed, List<String> general, Model model) {
        long hearingId = project.hearing().id();
        CommentPage page = comments.page(hearingId, listing.show().answered, listing.clause(), listing.page(), PAGE_SIZE);
        // a page past the last is shown as the last, and its links say so
        Listing shown = new Listing(hearingId, listing.show(), listing.clause(), page.number());
        DraftVersion revised = comments.revisedDraft(project.hearing()).orElse(null);
        Map<String, Clause> clauses = heard.outline().stream().collect(Collectors.toMap(Clause::number, Function.identity()));
        List<Line> lines = page.comments().stream().map(c -> typed != null && typed.commentId() == c.id()
                ? new Line(c, clauses.get(c.clause()), commenter(c), typed.disposition(), typed.response(), typed.answeredIn(), typed.errors())
                : new Line(c, clauses.get(c.clause()), commenter(c), c.disposition() == null ? null : c.disposition().name(), c.response(),
                        String.join(", ", c.answeredIn()), Map.of())).toList();
        Map<String, String> summary = new LinkedHashMap<>();
        if (typed != null) {
            typed.errors().forEach((field, message) -> summary.put("c" + typed.commentId() + "-" + field, message));
        }
        model.addAttribute("standard", project.standard());
        model.addAttribute("hearing", project.hearing());
        model.addAttribute("heard", heard.version());
        model.addAttribute("outline", heard.outline());
        model.addAttribute("clauseCounts", heard.outline().isEmpty() ? Map.of() : comments.countsByClause(hearingId));
        model.addAttribute("revised", revised);
        model.addAttribute("listing", shown);
        model.addAttribute("shows", Show.values());
        model.addAttribute("page", page);
        model.addAttribute("lines", lines);
        model.addAttribute("dispositions", Disposition.values());
        model.addAttribute("savedOnPage", page.comments().stream().anyMatch(c -> c.referenceNo().equals(model.getAttribute("saved"))));
        model.addAttribute("errors", summary);
        model.addAttribute("general", general);
        return "work/comments";
    }
}
