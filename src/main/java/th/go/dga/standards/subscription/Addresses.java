package th.go.dga.standards.subscription;

import java.util.List;
import java.util.Locale;

import th.go.dga.standards.hearing.CommentRules;
import th.go.dga.standards.validation.Violation;

/** The addresses and languages of subscribers and stakeholders as they are given, checked and kept. */
final class Addresses {

    /**
     * The longest address kept: what SMTP carries (RFC 5321), and short enough for every notice key, which holds it.
     */
    static final int MAX_LENGTH = 254;
    static final String LOCALE = "locale";

    private Addresses() {
    }

    /** Adds what is wrong with an address to {@code violations}. */
    static void check(List<Violation> violations, String email) {
        CommentRules.emailViolation(CommentRules.EMAIL, email).ifPresentOrElse(violations::add, () -> {
            String address = email.strip();
            if (address.length() > MAX_LENGTH) {
                violations.add(Violation.of(CommentRules.EMAIL, "form.too-long", Violation.label("email"), MAX_LENGTH, address.length()));
            }
        });
    }

    /** The address as it is kept and compared: without spaces around it, in lower case. */
    static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** {@code th} or {@code en} from a language tag ({@code en-GB}); Thai when none is given; null when another. */
    static String language(String tag) {
        if (tag == null || tag.isBlank()) {
            return "th";
        }
        String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return "th".equals(language) || "en".equals(language) ? language : null;
    }

    /** Adds a violation when the language is neither Thai nor English. */
    static void checkLanguage(List<Violation> violations, String tag) {
        if (language(tag) == null) {
            violations.add(Violation.of(LOCALE, "subscription.locale-unknown", tag));
        }
    }
}
