package th.go.dga.standards.document;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored document and what is known of it. The file itself is on disk under {@code storedName}, a name the server
 * made up; {@code filename} is the uploader's name for it, cleaned, and is used only to name the download.
 *
 * @param version    the document's own version ("2.0"), if it has one
 * @param putUpOn    the date it was put up (วันที่นำเข้า), as the hearing page shows it
 * @param mediaType  the type found in the content, never the one the uploader claimed
 * @param size       in bytes
 * @param sha256     of the content, in lower-case hex
 */
public record Document(
        long id,
        DocumentOwner owner,
        DocumentType type,
        String label,
        String version,
        LocalDate putUpOn,
        String filename,
        String mediaType,
        long size,
        String sha256,
        String storedName,
        String uploadedBy,
        Instant uploadedAt) {
}
