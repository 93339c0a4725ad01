package th.go.dga.standards.hearing;

import java.time.Instant;

/**
 * The secretariat has moved a hearing's meeting, published inside the transaction that stores the new time.
 *
 * @param hearing       the hearing with its new meeting time and link
 * @param previousStart when the meeting was to start
 * @param previousEnd   when the meeting was to end
 * @param sequence      how many times the meeting has moved, this move included: the SEQUENCE of its invitation
 */
public record MeetingMoved(Hearing hearing, Instant previousStart, Instant previousEnd, int sequence) {
}
