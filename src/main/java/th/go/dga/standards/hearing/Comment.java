package th.go.dga.standards.hearing;

import java.time.Instant;
import java.util.List;

/**
 * A comment received during a hearing, with the working group's disposition and response once given.
 *
 * @param referenceNo the reference given to the commenter
 * @param publishName       whether the commenter agreed to their name being published with the hearing summary
 * @param answeredIn        the clauses of the revised draft that answer the comment, as the working group named them
 * @param answeredInVersion the version of the draft those clauses are of; null when none were named
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
        Instant respondedAt,
        List<String> answeredIn,
        Long answeredInVersion) {

    public Comment {
        answeredIn = answeredIn == null ? List.of() : List.copyOf(answeredIn);
    }
}
