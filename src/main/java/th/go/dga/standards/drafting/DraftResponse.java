package th.go.dga.standards.drafting;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import th.go.dga.standards.draft.Clause;
import th.go.dga.standards.draft.DraftStage;
import th.go.dga.standards.draft.DraftText;
import th.go.dga.standards.draft.DraftVersion;
import th.go.dga.standards.time.BuddhistEra;

/**
 * A version of a draft as the API shows it: with its clauses when it was sent as a Word file, without them in a list.
 */
@Schema(name = "DraftVersion")
record DraftResponse(
        @Schema(example = "7") long id,
        @Schema(example = "STD-00016") String standardId,
        DraftStage stage,
        @Schema(example = "2.0") String version,
        @Schema(description = "The Word file as it was sent; a link for a version recorded as one", example = "/api/documents/12/content")
        String document,
        @Schema(example = "ปรับตามความเห็นของคณะทำงานเทคนิค") String note,
        @Schema(example = "anan") String recordedBy,
        OffsetDateTime recordedAt,
        @Schema(description = "How many numbered clauses the version has; null for a version recorded as a link") Integer clauseCount,
        @Schema(description = "What comes before the first clause; only with the clauses") String preamble,
        @Schema(description = "The clauses in the document's order; only when one version is asked for") List<ClauseResponse> clauses) {

    /** One clause of a version. */
    @Schema(name = "DraftClause")
    record ClauseResponse(
            @Schema(example = "4.2") String number,
            @Schema(example = "คำศัพท์และคำนิยาม") String heading,
            @Schema(description = "Paragraphs separated by a line break, a table's cells by a tab") String text,
            @Schema(description = "Its anchor on the hearing page", example = "ข้อ-4.2") String anchor) {

        static ClauseResponse of(Clause clause) {
            return new ClauseResponse(clause.number(), clause.heading(), clause.text(), clause.anchor());
        }
    }

    static DraftResponse of(DraftVersion version, Integer clauseCount) {
        return new DraftResponse(version.id(), version.standardId(), version.stage(), version.versionLabel(), version.documentRef(),
                version.note(), version.recordedBy(), version.recordedAt().atZone(BuddhistEra.BANGKOK).toOffsetDateTime(), clauseCount, null, null);
    }

    static DraftResponse of(DraftVersion version, DraftText text) {
        return new DraftResponse(version.id(), version.standardId(), version.stage(), version.versionLabel(), version.documentRef(),
                version.note(), version.recordedBy(), version.recordedAt().atZone(BuddhistEra.BANGKOK).toOffsetDateTime(),
                text == null ? null : text.clauses().size(), text == null ? null : text.preamble(),
                text == null ? List.of() : text.clauses().stream().map(ClauseResponse::of).toList());
    }

    URI location() {
        return URI.create("/api/drafts/" + id);
    }
}
