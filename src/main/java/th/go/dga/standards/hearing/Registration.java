package th.go.dga.standards.hearing;

import java.time.Instant;

/**
 * A registration to attend a hearing meeting.
 *
 * @param locale the language the registrant registered in ({@code th}, {@code en}), or null if not known
 */
public record Registration(long id, long hearingId, String name, String organisation, String email, String consentVersion, Instant registeredAt,
                           String locale) {
}
