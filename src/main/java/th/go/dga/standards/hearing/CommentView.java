package th.go.dga.standards.hearing;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A comment as staff see it: what it says, who sent it, and the working group's answer. */
@Schema(name = "Comment")
public record CommentView(
        long id,
        @Schema(example = "C2567-000042") String referenceNo,
        long hearingId,
        String document,
        @Schema(example = "5.2") String clause,
        @Schema(allowableValues = {"GENERAL", "TECHNICAL", "EDITORIAL"}) String type,
        String comment,
        String proposedChange,
        String name,
        String organisation,
        String email,
        boolean publishName,
        Instant receivedAt,
        @Schema(allowableValues = {"ACCEPTED", "PARTLY_ACCEPTED", "NOT_ACCEPTED", "NOTED"}) String disposition,
        String response,
        String respondedBy,
        Instant respondedAt,
        @Schema(description = "the clauses of the revised draft that answer the comment", example = "[\"5.2\"]") List<String> answeredIn,
        @Schema(description = "the version of the draft those clauses are of", example = "12") Long answeredInVersion) {

    static CommentView of(Comment c) {
        return new CommentView(c.id(), c.referenceNo(), c.hearingId(), c.documentLabel(), c.clause(), c.type().name(), c.commentText(),
                c.proposedChange(), c.name(), c.organisation(), c.email(), c.publishName(), c.receivedAt(),
                c.disposition() == null ? null : c.disposition().name(), c.response(), c.respondedBy(), c.respondedAt(),
                c.answeredIn(), c.answeredInVersion());
    }
}
