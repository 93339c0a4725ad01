package th.go.dga.standards.site;

import java.util.Locale;

import th.go.dga.standards.hearing.CommentType;
import th.go.dga.standards.hearing.NewComment;

/**
 * The comment form as posted; a box left unticked is not posted at all. {@code submissionKey} is made when the form is shown: posting the same form twice
 * (a double click, a resend from the browser) stores one comment.
 */
public record CommentForm(String document, String clause, String type, String comment, String proposedChange, String name,
                          String organisation, String email, Boolean publishName, Boolean consent, String privacyNoticeVersion,
                          String submissionKey) {

    static CommentForm empty(String document, String clause, String privacyNoticeVersion, String submissionKey) {
        return new CommentForm(document, clause, null, null, null, null, null, null, false, false, privacyNoticeVersion, submissionKey);
    }

    NewComment toNewComment() {
        return new NewComment(trimmed(document), trimmed(clause), commentType(), comment, trimmed(proposedChange), trimmed(name), trimmed(organisation),
                trimmed(email), Boolean.TRUE.equals(consent) ? privacyNoticeVersion : null, Boolean.TRUE.equals(publishName));
    }

    /** The type chosen, or none when nothing or something unknown was posted: the rules then name the field. */
    private CommentType commentType() {
        if (type == null || type.isBlank()) {
            return null;
        }
        try {
            return CommentType.valueOf(type.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
