package th.go.dga.standards.hearing;

import java.time.Instant;

/**
 * A comment received during a hearing, with the working group's disposition and response once given.
 *
 * @param referenceNo the reference given to the commenter
 * @param publishName whether the commenter agreed to their name being published with the hearing summary
 */
public record Comment(
        long id,
        long hearingId,
        String referenceNo,
        String documentLabel,
        String clause,
        CommentType type,
        String commentText,
        String proposedChange,
        String name,
        String organisation,
        String email,
        String consentVersion,
        boolean publishName,
        Instant receivedAt,
        Disposition disposition,
        String response,
        String respondedBy,
        Instant respondedAt) {
}
