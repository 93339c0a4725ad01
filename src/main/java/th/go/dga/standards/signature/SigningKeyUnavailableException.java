package th.go.dga.standards.signature;

import java.util.Locale;

import th.go.dga.standards.validation.Messages;

/**
 * The role's key cannot sign: its keystore is missing or cannot be opened, its alias names no key, or its token is
 * not there. Retrying does not help until an administrator has put the key right; callers ask
 * {@link PdfSignatures#ready(SigningRole)} before they accept a signature. The message is in Thai.
 */
public class SigningKeyUnavailableException extends RuntimeException {

    private final SigningRole role;
    private final String reasonCode;
    private final String reasonArgument;

    SigningKeyUnavailableException(SigningRole role, String reasonCode, String reasonArgument, Throwable cause) {
        super(describe(role, reasonCode, reasonArgument, Messages.THAI), cause);
        this.role = role;
        this.reasonCode = reasonCode;
        this.reasonArgument = reasonArgument;
    }

    public SigningRole role() {
        return role;
    }

    public String message(Locale locale) {
        return describe(role, reasonCode, reasonArgument, locale);
    }

    private static String describe(SigningRole role, String reasonCode, String reasonArgument, Locale locale) {
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        return Messages.get("signature.key-unavailable", new Object[] {english ? role.titleEnglish() : role.titleThai(),
                Messages.get(reasonCode, new Object[] {reasonArgument}, locale)}, locale);
    }
}
