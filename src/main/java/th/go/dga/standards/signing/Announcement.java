package th.go.dga.standards.signing;

import java.time.LocalDate;

/**
 * A signed announcement; one announcement can issue several standards.
 *
 * @param documentId the announcement as a signed PDF, a document of the standards it issues; null for one signed on
 *                   paper before the system
 * @param sha256     of that PDF, lower-case hex; null without one
 */
public record Announcement(long id, AnnouncementNumber number, String signedBy, LocalDate signedOn, Long documentId, String sha256) {

    /** Where the signed PDF is downloaded, or null without one. */
    public String pdfLink() {
        return documentId == null ? null : "/api/documents/" + documentId + "/content";
    }
}
