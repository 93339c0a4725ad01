package th.go.dga.standards.hearing;

import java.time.Instant;

/**
 * A public hearing of a draft standard: the comment period, the meeting and the materials put up afterwards.
 *
 * @param round 1 for the first hearing of a standard, 2 for a second one, and so on
 */
public record Hearing(
        long id,
        String standardId,
        int round,
        HearingWindow window,
        String meetingLink,
        String registrationLink,
        String background,
        HearingStatus status,
        String slidesRef,
        String recordingLink,
        String materialsNote,
        String faq,
        String scheduledBy,
        Instant scheduledAt) {
}
