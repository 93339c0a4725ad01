package th.go.dga.standards.hearing;

/**
 * A comment as submitted by a member of the public.
 *
 * @param documentLabel  which draft the comment is about, when the hearing has several
 * @param consentVersion the version of the privacy notice the commenter consented to
 * @param publishName    whether the commenter agrees to their name being shown with the hearing summary
 */
public record NewComment(
        String documentLabel,
        String clause,
        CommentType type,
        String commentText,
        String proposedChange,
        String name,
        String organisation,
        String email,
        String consentVersion,
        boolean publishName) {

    public NewComment(String documentLabel, String clause, CommentType type, String commentText, String proposedChange, String name,
                      String organisation, String email, String consentVersion) {
        this(documentLabel, clause, type, commentText, proposedChange, name, organisation, email, consentVersion, false);
    }
}
