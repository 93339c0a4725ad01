package th.go.dga.standards.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;

import th.go.dga.standards.gazette.GazetteRecord;
import th.go.dga.standards.gazette.GazetteService;
import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.registry.StandardKind;
import th.go.dga.standards.registry.StandardQuery;
import th.go.dga.standards.registry.StandardRegistry;
import th.go.dga.standards.registry.StandardStatus;
import th.go.dga.standards.signing.Announcement;
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
        List<Standard> found = registry.search(listed).items().stream().filter(s -> s.code() != null).toList();
        return new Related(found).entries();
    }

    /** What the entries refer to, read for all of them at once: a handful of queries whatever their number. */
    private final class Related {

        private final List<Standard> standards;
        private final Map<String, Announcement> announced;
        private final Map<String, GazetteRecord> published;
        private final Map<String, Standard> referred;
        private final Map<String, Standard> successors;
        private final Map<String, Standard> promotions;

        Related(List<Standard> standards) {
            this.standards = standards;
            List<String> ids = standards.stream().map(Standard::id).toList();
            this.announced = announcements.forStandards(ids);
            this.published = gazette.find(ids);
            this.referred = registry.findAll(standards.stream().flatMap(s -> Stream.of(s.supersedesId(), s.promotedFromId()))
                    .filter(Objects::nonNull).collect(Collectors.toSet()));
            this.successors = registry.successorsOf(ids);
            this.promotions = registry.promotionsOf(ids);
        }

        List<CatalogueEntry> entries() {
            return standards.stream().map(this::entry).toList();
        }

        private CatalogueEntry entry(Standard s) {
            Announcement announcement = announced.get(s.id());
            return new CatalogueEntry(s.id(), s.code().format(), s.kind().name(), s.kind().nameTh(), s.titleTh(), s.titleEn(), s.versionLabel(),
                    s.subjectGroup(), s.status().name(), s.status().labelTh(), s.publishedOn(), s.effectiveOn(),
                    announcement == null ? null : announcement.number().format(),
                    announcement == null ? null : announcement.pdfLink(),
                    announcement == null ? null : announcement.sha256(),
                    s.kind() == StandardKind.MRD && published.containsKey(s.id()) ? published.get(s.id()).citation() : null,
                    code(referred.get(s.supersedesId())), code(successors.get(s.id())), code(referred.get(s.promotedFromId())),
                    code(promotions.get(s.id())));
        }

        private String code(Standard standard) {
            return standard == null || standard.code() == null ? null : standard.code().format();
        }
    }
}
