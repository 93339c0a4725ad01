package th.go.dga.standards.security;

import java.time.Duration;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often one address may do what costs the system or may be abused, under {@code standards.limits}. A limit is a
 * number of requests per window, refilled evenly over the window.
 *
 * @param failedLogins  wrong passwords from one address per {@code loginWindow}: past it, logins from that address
 *                      wait, while the same user logging in from elsewhere is not held up
 * @param comments      anonymous comments from one address per {@code window}
 * @param registrations anonymous meeting registrations from one address per {@code window}
 * @param subscriptions subscriptions to the hearing announcements from one address per {@code window}: each may
 *                      send a confirmation mail to someone else's address
 * @param verifications checks of a signed PDF from one address per {@code window}: each reads and validates a file
 *                      of up to {@code standards.signature.max-verify-size}
 */
public record LimitSettings(
        @DefaultValue("10") int failedLogins,
        @DefaultValue("PT5M") Duration loginWindow,
        @DefaultValue("20") int comments,
        @DefaultValue("20") int registrations,
        @DefaultValue("PT1M") Duration window,
        @DefaultValue("5") int subscriptions,
        @DefaultValue("10") int verifications) {
}
