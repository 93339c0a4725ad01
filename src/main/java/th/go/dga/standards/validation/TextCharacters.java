package th.go.dga.standards.validation;

import java.util.List;
import java.util.Optional;

/**
 * The characters refused in text that comes from outside: what people type into a form or an API sends. Refused are
 * <ul>
 * <li>NUL and the other C0 control characters but tab, line feed and carriage return: PostgreSQL will not keep a NUL
 * in a text column, and none of them can be typed or shown;</li>
 * <li>a lone half of a surrogate pair, which is no character at all and cannot be written as UTF-8;</li>
 * <li>the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which make a text read
 * otherwise than it is kept: with U+202E, "fdp.exe" shows as "exe.pdf".</li>
 * </ul>
 * Thai, English and everything else people write, with its line breaks, passes. The violation names the field, the
 * character (U+202E) and where it is, so that the writer can find it though it cannot be seen.
 */
public final class TextCharacters {

    /** The message of a refused character: the field's label, the character as U+XXXX, its place counted from 1. */
    public static final String CODE = "text.forbidden-character";

    private TextCharacters() {
    }

    /**
     * @param field the field, as the form or the API names it
     * @param value the text as it came; null passes
     * @param label the field's name in the message: a {@link Violation#label} or the form's own label
     * @return the violation naming the first refused character, if there is one
     */
    public static Optional<Violation> check(String field, String value, Object label) {
        int index = firstRefused(value);
        if (index < 0) {
            return Optional.empty();
        }
        int codePoint = value.codePointAt(index);
        return Optional.of(Violation.of(field, CODE, label, "U+%04X".formatted(codePoint),
                value.codePointCount(0, index) + 1));
    }

    /** Adds the violation of {@link #check} to {@code violations}, if there is one; true when there was. */
    public static boolean check(List<Violation> violations, String field, String value, Object label) {
        Optional<Violation> violation = check(field, value, label);
        violation.ifPresent(violations::add);
        return violation.isPresent();
    }

    /** Whether the text has none of the refused characters. */
    public static boolean isAccepted(String value) {
        return firstRefused(value) < 0;
    }

    /** The index (in chars) of the first refused character, or -1. */
    static int firstRefused(String value) {
        if (value == null) {
            return -1;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c) || isRefused(c)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isRefused(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r'
                || c >= 0x202A && c <= 0x202E
                || c >= 0x2066 && c <= 0x2069;
    }
}
