package th.go.dga.standards.subscription;

import java.time.Instant;

/**
 * A subscription to the hearing announcements.
 *
 * @param email                the address, in lower case
 * @param locale               the language its mails are written in, {@code th} or {@code en}
 * @param token                the credential of its confirm and unsubscribe links: random, URL-safe, 256 bits
 * @param privacyNoticeVersion the version of the privacy notice its holder consented to
 */
public record Subscription(
        long id,
        String email,
        String locale,
        SubscriptionStatus status,
        String token,
        String privacyNoticeVersion,
        Instant createdAt,
        Instant confirmedAt,
        Instant unsubscribedAt) {
}
