package th.go.dga.standards.hearing;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/** What a commenter gets back: the reference number of their comment. */
@Schema(name = "CommentReceipt")
public record CommentReceipt(
        @Schema(description = "quote it in any question about the comment", example = "C2567-000042") String referenceNo,
        @Schema(example = "7") long hearingId,
        @Schema(example = "2024-03-01T10:15:00+07:00") Instant receivedAt) {

    static CommentReceipt of(Comment comment) {
        return new CommentReceipt(comment.referenceNo(), comment.hearingId(), comment.receivedAt());
    }
}
