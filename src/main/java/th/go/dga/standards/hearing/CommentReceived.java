package th.go.dga.standards.hearing;

import java.util.Locale;

/**
 * A new comment has been stored, published inside the transaction that stores it: a listener's work commits or rolls
 * back with the comment. A resubmission that only finds an earlier comment publishes nothing.
 *
 * @param hearing the hearing commented on
 * @param locale  the language of the request that sent the comment
 */
public record CommentReceived(Comment comment, Hearing hearing, Locale locale) {
}
