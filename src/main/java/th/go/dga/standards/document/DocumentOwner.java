package th.go.dga.standards.document;

/**
 * What a document belongs to: a standard or one hearing of it, never both. A hearing's documents (its agenda, its
 * slides, its FAQ) are kept apart from the standard's, so that each is shown under exactly one hearing.
 *
 * @param standardId the standard's id, or null for a hearing's document
 * @param hearingId  the hearing's id, or null for a standard's document
 */
public record DocumentOwner(String standardId, Long hearingId) {

    public DocumentOwner {
        if ((standardId == null) == (hearingId == null)) {
            throw new IllegalArgumentException("a document belongs to a standard or to a hearing");
        }
    }

    public static DocumentOwner standard(String standardId) {
        return new DocumentOwner(standardId, null);
    }

    public static DocumentOwner hearing(long hearingId) {
        return new DocumentOwner(null, hearingId);
    }

    public boolean isHearing() {
        return hearingId != null;
    }
}
