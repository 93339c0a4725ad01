package th.go.dga.standards.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import th.go.dga.standards.validation.Violation;

/**
 * The one password policy, wherever a password is set — by a user for themselves, by an administrator for someone,
 * for the first administrator at start: at least 12 characters, not built from a common word
 * ({@code security/common-passwords.txt}: "Password@1234" and "welcome2569" are refused), not a run of one character
 * or of consecutive ones, and not the user's own id.
 */
public final class PasswordRules {

    public static final int MINIMUM_LENGTH = 12;

    /** The field a refusal names. */
    public static final String FIELD = "password";

    private static final Set<String> COMMON_WORDS = load();

    private PasswordRules() {
    }

    /** What is wrong with this password for this user; empty when it may be used. */
    public static List<Violation> violations(String password, String userId) {
        List<Violation> violations = new ArrayList<>();
        if (password == null || password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
            violations.add(Violation.of(FIELD, "password.too-short", MINIMUM_LENGTH));
            return violations;
        }
        if (isCommon(password)) {
            violations.add(Violation.of(FIELD, "password.common"));
        }
        if (userId != null && !userId.isBlank() && password.toLowerCase(Locale.ROOT).contains(userId.toLowerCase(Locale.ROOT))) {
            violations.add(Violation.of(FIELD, "password.user-id"));
        }
        return violations;
    }

    /** Whether the password is built from a common word, or is a run anyone would try first. */
    static boolean isCommon(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        if (isRun(lower) || repeatsOneCharacter(lower)) {
            return true;
        }
        String letters = lower.codePoints().filter(Character::isLetter)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return !letters.isEmpty() && (COMMON_WORDS.contains(letters) || repeats(letters));
    }

    private static boolean repeats(String letters) {
        for (String word : COMMON_WORDS) {
            if (letters.length() % word.length() == 0 && word.repeat(letters.length() / word.length()).equals(letters)) {
                return true;
            }
        }
        return false;
    }

    /** "aaaaaaaaaaaa", "abababababab": one or two characters over and over. */
    private static boolean repeatsOneCharacter(String text) {
        return text.codePoints().distinct().count() <= 2;
    }

    /** "123456789012", "abcdefghijkl", "987654321098": each character one after, or one before, the last. */
    private static boolean isRun(String text) {
        int[] points = text.codePoints().toArray();
        int up = 0;
        int down = 0;
        for (int i = 1; i < points.length; i++) {
            int step = points[i] - points[i - 1];
            up += step == 1 || points[i - 1] == '9' && points[i] == '0' ? 1 : 0;
            down += step == -1 || points[i - 1] == '0' && points[i] == '9' ? 1 : 0;
        }
        return up >= points.length - 2 || down >= points.length - 2;
    }

    private static Set<String> load() {
        try (InputStream in = PasswordRules.class.getResourceAsStream("/security/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("security/common-passwords.txt is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new IllegalStateException("security/common-passwords.txt cannot be read", e);
        }
    }
}
