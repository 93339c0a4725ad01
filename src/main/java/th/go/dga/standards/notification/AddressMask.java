package th.go.dga.standards.notification;

import java.util.regex.Pattern;

/**
 * A mail server's answer without the addresses in it. A refused mail is answered with its recipient's address
 * ({@code 550 5.1.1 <someone@example.go.th>: Recipient address rejected}); the answer is kept with the mail, written
 * to the log and, through the failed job, to the engine's incident, none of which should name a person.
 */
final class AddressMask {

    private static final String ADDRESS = "(address)";
    private static final Pattern ANY_ADDRESS = Pattern.compile("[^\\s<>()\\[\\]\"',;:]+@[^\\s<>()\\[\\]\"',;:]+");

    private AddressMask() {
    }

    static String masked(String text) {
        return text == null ? null : ANY_ADDRESS.matcher(text).replaceAll(ADDRESS);
    }
}
