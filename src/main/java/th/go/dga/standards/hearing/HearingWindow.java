package th.go.dga.standards.hearing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import th.go.dga.standards.time.BuddhistEra;
import th.go.dga.standards.validation.Violation;

/**
 * The dates of one public hearing: a comment period of whole days in Bangkok time, and an online meeting inside it.
 * Comments are accepted from the first minute of the first day to the last minute of the last day.
 *
 * @param commentPeriodStart first day comments are accepted
 * @param commentPeriodEnd   last day comments are accepted
 * @param meetingStart       start of the hearing meeting
 * @param meetingEnd         end of the hearing meeting
 */
public record HearingWindow(LocalDate commentPeriodStart, LocalDate commentPeriodEnd, Instant meetingStart, Instant meetingEnd) {

    public static final String START = "commentPeriodStart";
    public static final String END = "commentPeriodEnd";
    public static final String MEETING_START = "meetingStart";
    public static final String MEETING_END = "meetingEnd";

    public HearingWindow {
        Objects.requireNonNull(commentPeriodStart, START);
        Objects.requireNonNull(commentPeriodEnd, END);
        Objects.requireNonNull(meetingStart, MEETING_START);
        Objects.requireNonNull(meetingEnd, MEETING_END);
    }

    /** The moment comments are first accepted: midnight at the start of the first day, Bangkok time. */
    public Instant opensAt() {
        return BuddhistEra.startOfDay(commentPeriodStart).toInstant();
    }

    /** The moment comments stop being accepted: midnight at the end of the last day, Bangkok time. */
    public Instant closesAt() {
        return BuddhistEra.startOfDay(commentPeriodEnd.plusDays(1)).toInstant();
    }

    /** Days on which comments are accepted, first and last included. */
    public long lengthInDays() {
        return ChronoUnit.DAYS.between(commentPeriodStart, commentPeriodEnd) + 1;
    }

    /** Whether the first day of the comment period has begun at this moment. */
    public boolean openedBy(Instant moment) {
        return !moment.isBefore(opensAt());
    }

    /** Whether the last day of the comment period is over at this moment. */
    public boolean endedBy(Instant moment) {
        return !moment.isBefore(closesAt());
    }

    /** Whether the meeting has ended at this moment. */
    public boolean meetingOverAt(Instant moment) {
        return !moment.isBefore(meetingEnd);
    }

    public boolean accepts(Instant moment) {
        return !moment.isBefore(opensAt()) && moment.isBefore(closesAt());
    }

    public HearingWindow extendedTo(LocalDate newEnd) {
        return new HearingWindow(commentPeriodStart, newEnd, meetingStart, meetingEnd);
    }

    /**
     * Checks a window being scheduled: the end after the start, at least {@code minimumDays} days, the meeting inside
     * the window, and nothing in the past.
     */
    public List<Violation> violations(int minimumDays, Instant now) {
        List<Violation> violations = new ArrayList<>();
        LocalDate today = LocalDate.ofInstant(now, BuddhistEra.BANGKOK);
        if (commentPeriodStart.isBefore(today)) {
            violations.add(Violation.of(START, "hearing.start-in-past", BuddhistEra.format(commentPeriodStart), BuddhistEra.format(today)));
        }
        if (!commentPeriodEnd.isAfter(commentPeriodStart)) {
            violations.add(Violation.of(END, "hearing.end-before-start", BuddhistEra.format(commentPeriodEnd), BuddhistEra.format(commentPeriodStart)));
        } else if (lengthInDays() < minimumDays) {
            violations.add(Violation.of(END, "hearing.too-short", minimumDays, lengthInDays()));
        }
        if (!meetingEnd.isAfter(meetingStart)) {
            violations.add(Violation.of(MEETING_END, "hearing.meeting-end-before-start"));
        } else if (commentPeriodEnd.isAfter(commentPeriodStart)
                && (meetingStart.isBefore(opensAt()) || meetingEnd.isAfter(closesAt()))) {
            violations.add(Violation.of(MEETING_START, "hearing.meeting-outside",
                    BuddhistEra.format(commentPeriodStart), BuddhistEra.format(commentPeriodEnd)));
        }
        if (meetingStart.isBefore(now)) {
            violations.add(Violation.of(MEETING_START, "hearing.meeting-in-past"));
        }
        return violations;
    }

    /** Checks an extension of the comment period to {@code newEnd}. */
    public List<Violation> extensionViolations(LocalDate newEnd, String field) {
        if (!newEnd.isAfter(commentPeriodEnd)) {
            return List.of(Violation.of(field, "hearing.extension-not-later", BuddhistEra.format(newEnd), BuddhistEra.format(commentPeriodEnd)));
        }
        return List.of();
    }
}
