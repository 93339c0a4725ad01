package th.go.dga.standards.catalogue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import th.go.dga.standards.gazette.GazetteRecord;
import th.go.dga.standards.gazette.GazetteService;
import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardKind;
import th.go.dga.standards.registry.StandardQuery;
import th.go.dga.standards.registry.StandardRegistry;
import th.go.dga.standards.registry.StandardStatus;
import th.go.dga.standards.signing.AnnouncementService;

/**
 * The standards the public may look up: published ones, those in force, and — when asked — those superseded or
 * waiting for the Royal Gazette. Drafts are not in it.
 */
@Service
public class Catalogue {

    static final Set<StandardStatus> LISTED = Set.of(StandardStatus.PUBLISHED, StandardStatus.IN_FORCE, StandardStatus.SUPERSEDED,
            StandardStatus.AWAITING_GAZETTE);
    static final Set<StandardStatus> DEFAULT = Set.of(StandardStatus.PUBLISHED, StandardStatus.IN_FORCE);

    private final StandardRegistry registry;
    private final AnnouncementService announcements;
    private final GazetteService gazette;

    public Catalogue(StandardRegistry registry, AnnouncementService announcements, GazetteService gazette) {
        this.registry = registry;
        this.announcements = announcements;
        this.gazette = gazette;
    }

    public List<CatalogueEntry> entries(StandardQuery query) {
        Set<StandardStatus> statuses = query.statuses().isEmpty() ? DEFAULT
                : query.statuses().stream().filter(LISTED::contains).collect(Collectors.toSet());
        if (statuses.isEmpty()) {
            return List.of();
        }
        StandardQuery listed = new StandardQuery(statuses, query.kind(), query.workingGroup(), query.subjectGroup(), query.year(), query.text(), 0,
                Integer.MAX_VALUE / 2, query.sort(), query.descending());
        return registry.search(listed).items().stream().filter(s -> s.code() != null).map(this::entry).toList();
    }

    private CatalogueEntry entry(Standard s) {
        return new CatalogueEntry(s.id(), s.code().format(), s.kind().name(), s.kind().nameTh(), s.titleTh(), s.titleEn(), s.versionLabel(),
                s.subjectGroup(), s.status().name(), s.status().labelTh(), s.publishedOn(), s.effectiveOn(),
                s.kind() == StandardKind.MSPR ? announcements.forStandard(s.id()).map(a -> a.number().format()).orElse(null) : null,
                s.kind() == StandardKind.MRD ? gazette.find(s.id()).map(GazetteRecord::citation).orElse(null) : null,
                code(s.supersedesId()),
                registry.successorOf(s.id()).filter(n -> n.code() != null).map(n -> n.code().format()).orElse(null),
                code(s.promotedFromId()));
    }

    private String code(String id) {
        return id == null ? null : registry.find(id).filter(o -> o.code() != null).map(o -> o.code().format()).orElse(null);
    }
}
