package th.go.dga.standards.draft;

import java.time.Instant;

/**
 * A version of a standard's text, as recorded by the working group.
 *
 * @param documentRef where the document is: a link, or the download of the Word file
 * @param documentId  the Word file the version was sent as, kept as a document of the standard; null for a version
 *                    given as a link, which has no clauses
 */
public record DraftVersion(long id, String standardId, DraftStage stage, String versionLabel, String documentRef, Long documentId, String note,
                           String recordedBy, Instant recordedAt) {

    /** Whether the version was sent as a Word file, so that its clauses are known. */
    public boolean hasText() {
        return documentId != null;
    }
}
