package th.go.dga.standards.document;

import java.time.LocalDate;

/**
 * The checked fields of an upload.
 *
 * @param version null when the document has no version of its own
 */
public record NewDocument(DocumentType type, String label, String version, LocalDate putUpOn) {
}
