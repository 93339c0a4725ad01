package th.go.dga.standards.document;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Schema;
import th.go.dga.standards.time.BuddhistEra;

/**
 * A document as the API shows it. Where the file is kept is the server's business and is not shown.
 */
@Schema(name = "Document")
record DocumentResponse(
        @Schema(example = "12") long id,
        @Schema(description = "The standard the document belongs to; null for a hearing's document", example = "STD-00001")
        String standardId,
        @Schema(description = "The hearing the document belongs to; null for a standard's document", example = "3")
        Long hearingId,
        DocumentType type,
        @Schema(description = "The type in the caller's language (Accept-Language)", example = "ร่างมาตรฐาน")
        String typeLabel,
        @Schema(example = "(ร่าง) มาตรฐานสำนักงานพัฒนารัฐบาลดิจิทัล ว่าด้วยแนวทางการจัดทำกระบวนการทางดิจิทัล ส่วนที่ 5")
        String label,
        @Schema(example = "v2.0") String version,
        @Schema(description = "The date it was put up (วันที่นำเข้า)", example = "2024-02-15") LocalDate putUpOn,
        @Schema(description = "The uploader's file name, cleaned; the name the download is given", example = "ร่างมาตรฐาน-ส่วนที่5.pdf")
        String filename,
        @Schema(description = "The type found in the content", example = "application/pdf") String mediaType,
        @Schema(description = "Size in bytes", example = "482113") long size,
        @Schema(description = "SHA-256 of the content, lower-case hex; also the download's ETag") String sha256,
        @Schema(example = "somsri") String uploadedBy,
        OffsetDateTime uploadedAt,
        @Schema(description = "Where to download the file", example = "/api/documents/12/content") URI content) {

    static DocumentResponse of(Document document, Locale locale) {
        return new DocumentResponse(
                document.id(),
                document.owner().standardId(),
                document.owner().hearingId(),
                document.type(),
                document.type().label(locale),
                document.label(),
                document.version(),
                document.putUpOn(),
                document.filename(),
                document.mediaType(),
                document.size(),
                document.sha256(),
                document.uploadedBy(),
                document.uploadedAt().atZone(BuddhistEra.BANGKOK).toOffsetDateTime(),
                URI.create("/api/documents/" + document.id() + "/content"));
    }
}
