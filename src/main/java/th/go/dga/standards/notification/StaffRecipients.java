package th.go.dga.standards.notification;

import java.util.Locale;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/**
 * A user of the engine as the recipient of a mail: their address, their name, and the language of their
 * {@code locale} user info (Thai unless {@code en}).
 */
final class StaffRecipients {

    /** The user info key of a user's language for mails. */
    static final String LOCALE_INFO = "locale";

    private StaffRecipients() {
    }

    /** The user as a recipient, or null when there is no such user or they have no address. */
    static Recipient of(IdentityService identity, String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        if (user == null || user.getEmail() == null || user.getEmail().isBlank()) {
            return null;
        }
        String locale = identity.getUserInfo(userId, LOCALE_INFO);
        return new Recipient(user.getEmail(), name(user), locale == null ? null : Locale.forLanguageTag(locale));
    }

    /** "ชัยวัฒน์ ทองดี"; the id of a user who does not exist. */
    static String name(IdentityService identity, String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        return user == null ? userId : name(user);
    }

    private static String name(User user) {
        return ((user.getFirstName() == null ? "" : user.getFirstName()) + " " + (user.getLastName() == null ? "" : user.getLastName())).strip();
    }
}
