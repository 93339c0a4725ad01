package th.go.dga.standards.site;

/** The subscription form as posted; the consent box is not posted when left unticked. */
public record SubscriptionForm(String email, Boolean consent, String privacyNoticeVersion) {

    static SubscriptionForm empty(String privacyNoticeVersion) {
        return new SubscriptionForm(null, false, privacyNoticeVersion);
    }
}
