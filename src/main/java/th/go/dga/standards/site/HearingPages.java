package th.go.dga.standards.site;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import th.go.dga.standards.document.Document;
import th.go.dga.standards.document.DocumentAccess;
import th.go.dga.standards.document.DocumentService;
import th.go.dga.standards.document.DocumentType;
import th.go.dga.standards.draft.Clause;
import th.go.dga.standards.draft.DraftText;
import th.go.dga.standards.draft.DraftVersion;
import th.go.dga.standards.draft.DraftVersions;
import th.go.dga.standards.export.Downloads;
import th.go.dga.standards.hearing.Comment;
import th.go.dga.standards.hearing.CommentService;
import th.go.dga.standards.hearing.CommentSubmissions;
import th.go.dga.standards.hearing.CommentType;
import th.go.dga.standards.hearing.Hearing;
import th.go.dga.standards.hearing.HearingService;
import th.go.dga.standards.hearing.HearingStatus;
import th.go.dga.standards.hearing.HearingView;
import th.go.dga.standards.hearing.HearingViews;
import th.go.dga.standards.hearing.MeetingRegistrations;
import th.go.dga.standards.pdf.ThaiPdf;
import th.go.dga.standards.progress.StandardProgress;
import th.go.dga.standards.security.AddressLimits;
import th.go.dga.standards.security.Caller;
import th.go.dga.standards.security.LimitedPerAddress;
import th.go.dga.standards.time.EngineTime;
import th.go.dga.standards.validation.InvalidInputException;
import th.go.dga.standards.validation.NotFoundException;
import th.go.dga.standards.validation.StateConflictException;
import th.go.dga.standards.validation.Violation;

/**
 * A hearing's pages: the hearing itself, its comment form, its meeting registration and, once closed, its summary,
 * also as a PDF.
 * What the comments changed in the draft is {@link WhatChangedPages}.
 * Every date comes from the stored schedule; what the public typed is shown as text.
 */
@Controller
class HearingPages {

    private final HearingService hearings;
    private final HearingViews views;
    private final DocumentService documents;
    private final CommentService comments;
    private final CommentSubmissions submissions;
    private final MeetingRegistrations registrations;
    private final StandardProgress progress;
    private final DraftVersions drafts;
    private final ThaiPdf pdf;

    HearingPages(HearingService hearings, HearingViews views, DocumentService documents, CommentService comments,
                 CommentSubmissions submissions, MeetingRegistrations registrations, StandardProgress progress, DraftVersions drafts, ThaiPdf pdf) {
        this.drafts = drafts;
        this.pdf = pdf;
        this.hearings = hearings;
        this.views = views;
        this.documents = documents;
        this.comments = comments;
        this.submissions = submissions;
        this.registrations = registrations;
        this.progress = progress;
    }

    @GetMapping("/hearings")
    String list(Model model) {
        model.addAttribute("open", hearings.visible(HearingStatus.OPEN).stream().map(views::of).toList());
        model.addAttribute("upcoming", hearings.visible(HearingStatus.SCHEDULED).stream().map(views::of).toList());
        model.addAttribute("closed", hearings.visible(HearingStatus.CLOSED).stream().map(views::of).toList());
        return "hearings";
    }

    @GetMapping("/hearings/{id}")
    String hearing(@PathVariable long id, Model model) {
        Hearing hearing = visible(id);
        HearingView view = views.of(hearing);
        model.addAttribute("hearing", view);
        model.addAttribute("documents", publicDocuments(hearing));
        Optional<HeardDraft> draft = heardDraft(hearing);
        model.addAttribute("draft", draft.orElse(null));
        model.addAttribute("changesPublished", hearing.summaryPublished() && draft.isPresent());
        model.addAttribute("acceptingComments", hearing.acceptsCommentsAt(EngineTime.now()));
        model.addAttribute("acceptingRegistrations", hearing.acceptsRegistrationsAt(EngineTime.now()));
        model.addAttribute("meetingOver", hearing.window().meetingOverAt(EngineTime.now()));
        model.addAttribute("where", progress.forStandard(hearing.standardId()).orElse(null));
        return "hearing";
    }

    // --- comments ---

    @GetMapping("/hearings/{id}/comments/new")
    String commentForm(@PathVariable long id, @RequestParam(name = "clause", required = false) String clause, Model model) {
        Hearing hearing = visible(id);
        HearingView view = views.of(hearing);
        List<String> drafts = drafts(hearing, view);
        String chosen = clause == null || clause.isBlank() ? null : Clause.normalise(clause);
        return commentPage(model, hearing, view, drafts, CommentForm.empty(drafts.get(0), chosen, view.privacyNoticeVersion(), UUID.randomUUID().toString()),
                Map.of(), hearing.acceptsCommentsAt(EngineTime.now()));
    }

    @PostMapping("/hearings/{id}/comments")
    @LimitedPerAddress(AddressLimits.Purpose.COMMENT)
    String comment(@PathVariable long id, @ModelAttribute CommentForm form, Model model, RedirectAttributes redirect, Locale locale,
                   HttpServletResponse response) {
        Hearing hearing = visible(id);
        HearingView view = views.of(hearing);
        try {
            CommentSubmissions.Receipt receipt = submissions.submit(id, keyOf(form), form.toNewComment());
            redirect.addFlashAttribute("reference", receipt.comment().referenceNo());
            redirect.addFlashAttribute("receivedAt", receipt.comment().receivedAt());
            return "redirect:/hearings/" + id + "/comments/received";
        } catch (InvalidInputException invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return commentPage(model, hearing, view, drafts(hearing, view), form, errors(invalid.violations(), locale), true);
        } catch (StateConflictException closed) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return commentPage(model, hearing, view, drafts(hearing, view), form, Map.of(), false);
        }
    }

    @GetMapping("/hearings/{id}/comments/received")
    String commentReceived(@PathVariable long id, Model model) {
        if (!model.containsAttribute("reference")) {
            return "redirect:/hearings/" + id;
        }
        model.addAttribute("hearing", views.of(visible(id)));
        return "comment-received";
    }

    // --- meeting registration ---

    @GetMapping("/hearings/{id}/registration")
    String registrationForm(@PathVariable long id, Model model) {
        Hearing hearing = visible(id);
        HearingView view = views.of(hearing);
        return registrationPage(model, view, RegistrationForm.empty(view.privacyNoticeVersion()), Map.of(), hearing.acceptsRegistrationsAt(EngineTime.now()));
    }

    @PostMapping("/hearings/{id}/registration")
    @LimitedPerAddress(AddressLimits.Purpose.REGISTRATION)
    String register(@PathVariable long id, @ModelAttribute RegistrationForm form, Model model, RedirectAttributes redirect, Locale locale,
                    HttpServletResponse response) {
        Hearing hearing = visible(id);
        HearingView view = views.of(hearing);
        try {
            MeetingRegistrations.Outcome outcome = registrations.register(id, form.name(), form.organisation(), form.email(),
                    Boolean.TRUE.equals(form.consent()) ? form.privacyNoticeVersion() : null);
            // what the next page shows, no more: flash attributes are kept in the session, in the database, until it is shown
            redirect.addFlashAttribute("registeredBefore", outcome.existing());
            return "redirect:/hearings/" + id + "/registration/done";
        } catch (InvalidInputException invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return registrationPage(model, view, form, errors(invalid.violations(), locale), true);
        } catch (StateConflictException closed) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return registrationPage(model, view, form, Map.of(), false);
        }
    }

    @GetMapping("/hearings/{id}/registration/done")
    String registered(@PathVariable long id, Model model) {
        if (!model.containsAttribute("registeredBefore")) {
            return "redirect:/hearings/" + id;
        }
        model.addAttribute("hearing", views.of(visible(id)));
        return "registration-done";
    }

    // --- summary ---

    @GetMapping("/hearings/{id}/summary")
    String summary(@PathVariable long id, Model model) {
        model.addAllAttributes(summaryOf(id));
        return "hearing-summary";
    }

    /** The summary as a PDF/A document: the same comments, answers and names as the page, when the page is there. */
    @GetMapping("/hearings/{id}/summary.pdf")
    ResponseEntity<byte[]> summaryPdf(@PathVariable long id, Locale locale) {
        Map<String, Object> summary = summaryOf(id);
        summary.put("today", EngineTime.today());
        return Downloads.inline(pdf.render("hearing-summary", summary, locale), ThaiPdf.PDF, "hearing-" + id + "-summary.pdf");
    }

    /**
     * What the summary shows, once the hearing is closed: every comment, and the working group's answers once the
     * summary is published; answers drafted before are the working group's until then.
     */
    private Map<String, Object> summaryOf(long id) {
        Hearing hearing = visible(id);
        if (hearing.status() != HearingStatus.CLOSED) {
            throw new NotFoundException("hearing.not-found", id);
        }
        List<Comment> received = comments.forHearing(id);
        Map<String, Long> byDisposition = new LinkedHashMap<>();
        received.forEach(c -> byDisposition.merge(c.disposition() == null || !hearing.summaryPublished() ? "PENDING" : c.disposition().name(),
                1L, Long::sum));
        Optional<DraftVersion> heard = heardVersion(hearing);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("published", hearing.summaryPublished());
        summary.put("changesPublished", hearing.summaryPublished() && heard.isPresent());
        summary.put("hearing", views.of(hearing));
        summary.put("version", heard.map(DraftVersion::versionLabel).orElse(""));
        summary.put("comments", received);
        summary.put("byDisposition", byDisposition);
        return summary;
    }

    // --- helpers ---

    /** A hearing the public may see: a cancelled one is as good as none. */
    private Hearing visible(long id) {
        Hearing hearing = hearings.get(id);
        if (!isPublic(hearing)) {
            throw new NotFoundException("hearing.not-found", id);
        }
        return hearing;
    }

    /** Whether the hearing has a public page: a cancelled one is as good as none. */
    static boolean isPublic(Hearing hearing) {
        return hearing.status() != HearingStatus.CANCELLED;
    }

    /** The version the hearing puts to the public, once it may read it, when it was sent as a Word file. */
    private Optional<DraftVersion> heardVersion(Hearing hearing) {
        if (!DocumentAccess.isPublic(hearing.status()) || hearing.draftVersionId() == null) {
            return Optional.empty();
        }
        return drafts.find(hearing.draftVersionId()).filter(DraftVersion::hasText);
    }

    private Optional<HeardDraft> heardDraft(Hearing hearing) {
        return heardVersion(hearing).flatMap(v -> drafts.text(v.id()).map(text -> new HeardDraft(v.versionLabel(), text)));
    }

    /** The draft under hearing, to be read on the hearing's page. */
    record HeardDraft(String version, DraftText text) {
    }

    private List<Document> publicDocuments(Hearing hearing) {
        return DocumentAccess.isPublic(hearing.status()) ? documents.forHearing(hearing.id(), Caller.ANONYMOUS) : List.of();
    }

    /** The drafts a comment can be about: the hearing's draft documents, or the draft standard itself. */
    private List<String> drafts(Hearing hearing, HearingView view) {
        List<String> drafts = publicDocuments(hearing).stream()
                .filter(d -> d.type() == DocumentType.DRAFT || d.type() == DocumentType.REVISED_DRAFT).map(Document::label).distinct().toList();
        return drafts.isEmpty() ? List.of(view.standardCode()) : drafts;
    }

    private String commentPage(Model model, Hearing hearing, HearingView view, List<String> drafts, CommentForm form, Map<String, String> errors,
                               boolean accepting) {
        model.addAttribute("hearing", view);
        model.addAttribute("clauses", heardVersion(hearing).map(v -> this.drafts.outline(v.id())).orElse(List.of()));
        model.addAttribute("drafts", drafts);
        model.addAttribute("types", CommentType.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("acceptingComments", accepting);
        return "comment-form";
    }

    private String registrationPage(Model model, HearingView view, RegistrationForm form, Map<String, String> errors, boolean accepting) {
        model.addAttribute("hearing", view);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("acceptingRegistrations", accepting);
        return "registration-form";
    }

    /** The message of each field at fault, in the page's language; the consent's version is the consent's. */
    private static Map<String, String> errors(List<Violation> violations, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (Violation v : violations) {
            String field = "privacyNoticeVersion".equals(v.field()) ? "consent" : v.field();
            errors.putIfAbsent(field == null ? "form" : field, v.message(locale));
        }
        return errors;
    }

    private static String keyOf(CommentForm form) {
        return form.submissionKey() == null || form.submissionKey().isBlank() ? null : form.submissionKey();
    }
}
