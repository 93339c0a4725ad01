package th.go.dga.standards.site;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;
import th.go.dga.standards.catalogue.Catalogue;
import th.go.dga.standards.catalogue.CatalogueEntry;
import th.go.dga.standards.document.DocumentAccess;
import th.go.dga.standards.document.DocumentService;
import th.go.dga.standards.engine.PersonNames;
import th.go.dga.standards.gazette.GazetteService;
import th.go.dga.standards.hearing.HearingService;
import th.go.dga.standards.hearing.HearingStatus;
import th.go.dga.standards.hearing.HearingView;
import th.go.dga.standards.hearing.HearingViews;
import th.go.dga.standards.progress.StandardProgress;
import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardQuery;
import th.go.dga.standards.registry.StandardRegistry;
import th.go.dga.standards.registry.StandardStatus;
import th.go.dga.standards.security.Caller;
import th.go.dga.standards.signing.Announcement;
import th.go.dga.standards.signing.AnnouncementService;
import th.go.dga.standards.signing.AnnouncementText;
import th.go.dga.standards.time.EngineTime;
import th.go.dga.standards.validation.InvalidInputException;
import th.go.dga.standards.validation.NotFoundException;
import th.go.dga.standards.validation.Violation;

/**
 * The home page and the standards catalogue: search and filters, and a page per published standard with its
 * announcement or Royal Gazette publication, its documents and its chain of revisions and promotion.
 */
@Controller
class CataloguePages {

    static final List<String> SUBJECT_GROUPS = List.of("CORE_DATA", "DATA_GOVERNANCE", "DIGITAL_PROCESS", "DIGITAL_ID", "SECURITY", "WEBSITE",
            "INTEROPERABILITY");
    static final List<StandardStatus> LISTED = List.of(StandardStatus.PUBLISHED, StandardStatus.IN_FORCE, StandardStatus.AWAITING_GAZETTE,
            StandardStatus.SUPERSEDED);

    private final Catalogue catalogue;
    private final StandardRegistry registry;
    private final HearingService hearings;
    private final HearingViews hearingViews;
    private final DocumentService documents;
    private final AnnouncementService announcements;
    private final GazetteService gazette;
    private final StandardProgress progress;

    private final PersonNames names;

    CataloguePages(Catalogue catalogue, StandardRegistry registry, HearingService hearings, HearingViews hearingViews, DocumentService documents,
                   AnnouncementService announcements, GazetteService gazette, StandardProgress progress, PersonNames names) {
        this.names = names;
        this.catalogue = catalogue;
        this.registry = registry;
        this.hearings = hearings;
        this.hearingViews = hearingViews;
        this.documents = documents;
        this.announcements = announcements;
        this.gazette = gazette;
        this.progress = progress;
    }

    /** Open hearings, the coming meetings, and the five standards published last (the latest registered first on a day). */
    @GetMapping("/")
    String home(Model model) {
        List<HearingView> open = hearings.visible(HearingStatus.OPEN).stream().map(hearingViews::of).toList();
        List<HearingView> meetings = new ArrayList<>(open);
        hearings.visible(HearingStatus.SCHEDULED).stream().map(hearingViews::of).forEach(meetings::add);
        Instant now = EngineTime.now();
        model.addAttribute("open", open);
        model.addAttribute("meetings", meetings.stream().filter(h -> h.meeting().end().isAfter(now))
                .sorted(Comparator.comparing(h -> h.meeting().start())).limit(5).toList());
        model.addAttribute("published", catalogue.entries(StandardQuery.of(List.of("PUBLISHED", "IN_FORCE"), null, null, null, null, null, 0,
                        StandardQuery.MAX_SIZE, null)).stream()
                .filter(e -> e.publishedOn() != null)
                .sorted(Comparator.comparing(CatalogueEntry::publishedOn).thenComparing(CatalogueEntry::id).reversed()).limit(5).toList());
        return "home";
    }

    @GetMapping("/standards")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
                  @RequestParam(required = false) String subject, @RequestParam(required = false) String status,
                  @RequestParam(required = false) String year, Model model, Locale locale, HttpServletResponse response) {
        model.addAttribute("q", q);
        model.addAttribute("kind", kind);
        model.addAttribute("subject", subject);
        model.addAttribute("status", status);
        model.addAttribute("year", year);
        model.addAttribute("subjects", SUBJECT_GROUPS);
        model.addAttribute("statuses", LISTED);
        try {
            Integer buddhistYear = year == null || year.isBlank() ? null : parseYear(year);
            String subjectGroup = subject == null || subject.isBlank() || !SUBJECT_GROUPS.contains(subject) ? null : subject;
            model.addAttribute("entries", catalogue.entries(StandardQuery.of(status == null || status.isBlank() ? null : List.of(status),
                    kind, null, subjectGroup, buddhistYear, q, 0, StandardQuery.MAX_SIZE, null)));
            model.addAttribute("error", null);
        } catch (InvalidInputException invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("entries", List.of());
            model.addAttribute("error", invalid.violations().get(0).message(locale));
        }
        return "standards";
    }

    @GetMapping("/standards/{id}")
    String standard(@PathVariable String id, Model model) {
        Standard standard = registry.find(id).filter(CataloguePages::isListed)
                .orElseThrow(() -> new NotFoundException("registry.not-found", id));
        model.addAttribute("standard", standard);
        Announcement announcement = announcements.forStandard(id).orElse(null);
        model.addAttribute("announcement", announcement);
        model.addAttribute("signedBy", announcement == null ? null : names.of(announcement.signedBy()));
        model.addAttribute("legalBasis", AnnouncementText.lawOf(standard.kind()));
        model.addAttribute("gazette", gazette.find(id).orElse(null));
        model.addAttribute("documents", DocumentAccess.isPublic(standard.status()) ? documents.forStandard(id, Caller.ANONYMOUS) : List.of());
        model.addAttribute("supersedes", linked(standard.supersedesId()));
        model.addAttribute("supersededBy", registry.successorOf(id).filter(CataloguePages::isListed).orElse(null));
        model.addAttribute("promotedFrom", linked(standard.promotedFromId()));
        model.addAttribute("promotedTo", registry.activePromotion(id).flatMap(registry::find).filter(CataloguePages::isListed).orElse(null));
        model.addAttribute("hearings", hearings.forStandard(id).stream().filter(h -> h.status() == HearingStatus.CLOSED).map(hearingViews::of).toList());
        model.addAttribute("where", progress.forStandard(id).orElse(null));
        return "standard";
    }

    private Standard linked(String id) {
        return Optional.ofNullable(id).flatMap(registry::find).filter(CataloguePages::isListed).orElse(null);
    }

    /** Whether the standard has a public page: signed, with its code. */
    static boolean isListed(Standard standard) {
        return standard.code() != null && LISTED.contains(standard.status());
    }

    private static Integer parseYear(String year) {
        try {
            return Integer.valueOf(year.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(Violation.of("year", "code.year", year));
        }
    }
}
