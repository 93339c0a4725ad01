package th.go.dga.standards.hearing;

import java.time.Instant;

/**
 * A public hearing of a draft standard: the comment period, the meeting and the materials put up afterwards.
 *
 * @param round          1 for the first hearing of a standard, 2 for a second one, and so on
 * @param draftVersionId the version of the draft the hearing puts to the public: the standard's latest when it was
 *                       scheduled; null for hearings scheduled before versions were recorded with the hearing
 * @param summaryPublishedAt when the working group's answers became the public's: when the revision that gives them
 *                       was recorded; until then staff alone read them
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
        Instant scheduledAt,
        Long draftVersionId,
        Instant summaryPublishedAt) {

    /** Whether the public reads the working group's answers to the comments. */
    public boolean summaryPublished() {
        return summaryPublishedAt != null;
    }

    /** Whether the hearing takes a comment at this moment: it is open, and the moment is inside its comment period. */
    public boolean acceptsCommentsAt(Instant moment) {
        return status == HearingStatus.OPEN && window.accepts(moment);
    }

    /**
     * Whether comments are over for good at this moment, rather than not yet taken: the hearing was closed or
     * cancelled, or its comment period has ended.
     */
    public boolean commentsEndedAt(Instant moment) {
        return status == HearingStatus.CLOSED || status == HearingStatus.CANCELLED || !moment.isBefore(window.closesAt());
    }

    /** Whether the hearing takes a meeting registration at this moment: it is coming or open, and its meeting has not ended. */
    public boolean acceptsRegistrationsAt(Instant moment) {
        return (status == HearingStatus.SCHEDULED || status == HearingStatus.OPEN) && !window.meetingOverAt(moment);
    }
}
