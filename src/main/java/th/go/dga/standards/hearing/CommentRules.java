package th.go.dga.standards.hearing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import th.go.dga.standards.validation.TextCharacters;
import th.go.dga.standards.validation.Violation;

/**
 * What a comment from the public must hold: what it says and about which type, who sent it and how to answer them,
 * and their consent to the privacy notice in force. No text may hold a character {@link TextCharacters} refuses.
 */
public final class CommentRules {

    /** Field names as the API spells them. */
    public static final String DOCUMENT = "document";
    public static final String CLAUSE = "clause";
    public static final String TYPE = "type";
    public static final String COMMENT = "comment";
    public static final String PROPOSED_CHANGE = "proposedChange";
    public static final String NAME = "name";
    public static final String ORGANISATION = "organisation";
    public static final String EMAIL = "email";
    public static final String CONSENT = "consent";
    public static final String PRIVACY_NOTICE_VERSION = "privacyNoticeVersion";

    static final Pattern EMAIL_ADDRESS = Pattern.compile("^[^@\\s<>\"(),;:]+@[^@\\s<>\"(),;:]+\\.[^@\\s<>\"(),;:]{2,}$");
    private static final int LONG_TEXT = 16000;

    private CommentRules() {
    }

    public static List<Violation> violations(NewComment comment, String privacyNoticeVersion) {
        List<Violation> violations = new ArrayList<>();
        if (comment.type() == null) {
            violations.add(Violation.of(TYPE, "comment.type-required"));
        }
        required(violations, COMMENT, comment.commentText(), Violation.label("comment"), LONG_TEXT);
        optional(violations, PROPOSED_CHANGE, comment.proposedChange(), Violation.label("proposed-change"), LONG_TEXT);
        optional(violations, DOCUMENT, comment.documentLabel(), Violation.label("document"), 500);
        optional(violations, CLAUSE, comment.clause(), Violation.label("clause"), 200);
        required(violations, NAME, comment.name(), Violation.label("name"), 200);
        optional(violations, ORGANISATION, comment.organisation(), Violation.label("organisation"), 300);
        emailViolation(EMAIL, comment.email()).ifPresent(violations::add);
        if (comment.consentVersion() == null) {
            violations.add(Violation.of(CONSENT, "comment.consent-required"));
        } else if (!comment.consentVersion().equals(privacyNoticeVersion)) {
            violations.add(Violation.of(PRIVACY_NOTICE_VERSION, "comment.consent-outdated", comment.consentVersion(), privacyNoticeVersion));
        }
        return violations;
    }

    /**
     * What the working group's answer to a comment must hold: a disposition, and a response no longer than the
     * column that keeps it, of characters a page can show. The API and the workspace check answers with this.
     */
    public static List<Violation> answerViolations(Disposition disposition, String response) {
        List<Violation> violations = new ArrayList<>();
        if (disposition == null) {
            violations.add(Violation.of("disposition", "form.required", Violation.label("disposition")));
        }
        required(violations, "response", response, Violation.label("response"), LONG_TEXT);
        return violations;
    }

    /** An e-mail address a reply can be sent to; the field name is the caller's. */
    public static Optional<Violation> emailViolation(String field, String email) {
        if (email == null || email.isBlank()) {
            return Optional.of(Violation.of(field, "form.required", Violation.label("email")));
        }
        Optional<Violation> characters = TextCharacters.check(field, email, Violation.label("email"));
        if (characters.isPresent()) {
            return characters;
        }
        if (email.length() > 320 || !EMAIL_ADDRESS.matcher(email.strip()).matches()) {
            return Optional.of(Violation.of(field, "form.email", Violation.label("email")));
        }
        return Optional.empty();
    }

    static void required(List<Violation> violations, String field, String value, Object label, int maxLength) {
        if (value == null || value.isBlank()) {
            violations.add(Violation.of(field, "form.required", label));
        } else {
            optional(violations, field, value, label, maxLength);
        }
    }

    static void optional(List<Violation> violations, String field, String value, Object label, int maxLength) {
        if (TextCharacters.check(violations, field, value, label)) {
            return;
        }
        if (value != null && value.codePointCount(0, value.length()) > maxLength) {
            violations.add(Violation.of(field, "form.too-long", label, maxLength, value.codePointCount(0, value.length())));
        }
    }
}
