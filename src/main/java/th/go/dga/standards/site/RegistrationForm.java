package th.go.dga.standards.site;

/** The meeting registration form as posted; the consent box is not posted when left unticked. */
public record RegistrationForm(String name, String organisation, String email, Boolean consent, String privacyNoticeVersion) {

    static RegistrationForm empty(String privacyNoticeVersion) {
        return new RegistrationForm(null, null, null, false, privacyNoticeVersion);
    }
}
