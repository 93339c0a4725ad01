package th.go.dga.standards.draft;

import java.time.Instant;

/**
 * A version of a standard's text, as recorded by the working group.
 *
 * @param documentRef where the document is (a link)
 */
public record DraftVersion(long id, String standardId, DraftStage stage, String versionLabel, String documentRef, String note,
                           String recordedBy, Instant recordedAt) {
}
