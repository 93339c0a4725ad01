package th.go.dga.standards.notification;

import java.util.Locale;

/**
 * Whom a mail is for: an address, a name to greet, and the language they read.
 */
public record Recipient(String address, String name, Locale locale) {

    public static final Locale THAI = Locale.forLanguageTag("th");

    public Recipient {
        locale = locale == null || !"en".equals(locale.getLanguage()) ? THAI : Locale.ENGLISH;
    }

    public boolean english() {
        return Locale.ENGLISH.equals(locale);
    }
}
