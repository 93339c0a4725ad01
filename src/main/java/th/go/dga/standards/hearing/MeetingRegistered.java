package th.go.dga.standards.hearing;

/**
 * Someone has registered to attend a hearing meeting, once for each registration: registering again with the same
 * address publishes nothing.
 */
public record MeetingRegistered(Registration registration, Hearing hearing) {
}
