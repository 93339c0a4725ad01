package th.go.dga.standards.drafting;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.dga.standards.document.DocumentAccess;
import th.go.dga.standards.draft.DraftText;
import th.go.dga.standards.draft.DraftVersion;
import th.go.dga.standards.draft.DraftVersions;
import th.go.dga.standards.hearing.Hearing;
import th.go.dga.standards.hearing.HearingService;
import th.go.dga.standards.registry.StandardRegistry;
import th.go.dga.standards.security.Caller;
import th.go.dga.standards.validation.NotFoundException;

/**
 * Who reads which version: staff read every version; the public reads the version an open or closed hearing put to
 * it. What the caller may not read is answered as if it did not exist.
 */
@Service
@Transactional(readOnly = true)
class DraftReading {

    private final DraftVersions drafts;
    private final HearingService hearings;
    private final StandardRegistry registry;

    DraftReading(DraftVersions drafts, HearingService hearings, StandardRegistry registry) {
        this.drafts = drafts;
        this.hearings = hearings;
        this.registry = registry;
    }

    List<DraftResponse> versions(String standardId) {
        registry.get(standardId);
        Map<Long, Integer> counts = drafts.clauseCounts(standardId);
        return drafts.versions(standardId).stream().map(v -> DraftResponse.of(v, counts.get(v.id()))).toList();
    }

    DraftResponse version(long id, Caller caller) {
        DraftVersion version = drafts.find(id).filter(v -> caller.isAuthenticated() || hearings.heardPublicly(v.id()))
                .orElseThrow(() -> new NotFoundException("draft.version-not-found", id));
        return DraftResponse.of(version, drafts.text(id).orElse(null));
    }

    DraftResponse heard(long hearingId, Caller caller) {
        Hearing hearing = hearings.get(hearingId);
        if (!DocumentAccess.mayRead(caller, DocumentAccess.isPublic(hearing.status())) || hearing.draftVersionId() == null) {
            throw new NotFoundException("draft.hearing-without-draft", hearingId);
        }
        DraftVersion version = drafts.get(hearing.draftVersionId());
        return DraftResponse.of(version, drafts.text(version.id()).orElse(null));
    }

    /** The text of a version the caller has just sent. */
    Optional<DraftText> text(long versionId) {
        return drafts.text(versionId);
    }
}
