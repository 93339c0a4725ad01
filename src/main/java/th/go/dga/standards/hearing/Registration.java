package th.go.dga.standards.hearing;

import java.time.Instant;

/** A registration to attend a hearing meeting. */
public record Registration(long id, long hearingId, String name, String organisation, String email, String consentVersion, Instant registeredAt) {
}
