package th.go.dga.standards.catalogue;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/** A published standard in the catalogue. */
@Schema(name = "CatalogueEntry")
public record CatalogueEntry(
        @Schema(description = "the standard's id, for its page", example = "STD-00008") String id,
        @Schema(example = "มสพร. 6-1 : 2566") String code,
        @Schema(allowableValues = {"MSPR", "MRD"}) String kind,
        @Schema(example = "มาตรฐานสำนักงานพัฒนารัฐบาลดิจิทัล") String kindLabel,
        String titleTh,
        String titleEn,
        @Schema(example = "2.0") String version,
        @Schema(example = "DIGITAL_PROCESS") String subjectGroup,
        @Schema(allowableValues = {"PUBLISHED", "IN_FORCE", "SUPERSEDED", "AWAITING_GAZETTE"}) String status,
        @Schema(example = "ประกาศใช้แล้ว") String statusLabel,
        LocalDate publishedOn,
        LocalDate effectiveOn,
        @Schema(description = "the announcement that issued the standard: the DGA's (ม 3/2566) for a community standard, the committee's (1/2569) for a digital government standard", example = "ม 3/2566") String announcement,
        @Schema(description = "the signed announcement as a PDF (PAdES), to download; absent for one signed on paper",
                example = "/api/documents/42/content") String announcementPdf,
        @Schema(description = "SHA-256 of the signed announcement's PDF, lower-case hex; /verify?sha256=… checks its signature")
                String announcementSha256,
        @Schema(description = "the Royal Gazette publication of a government standard", example = "เล่ม 138 ตอนพิเศษ 240 ง หน้า 12") String gazette,
        @Schema(description = "the standard this one replaced", example = "มสพร. 6 : 2565") String supersedes,
        @Schema(description = "the standard that replaced this one") String supersededBy,
        @Schema(description = "the community standard a government standard was promoted from") String promotedFrom,
        @Schema(description = "the government standard a community standard is promoted to, once it has a code") String promotedTo) {
}
