package th.go.dga.standards.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * When a piece of work is due, as a person reads it: the day in Bangkok and how many calendar days are left, or how
 * many have passed since it fell due.
 *
 * @param day      the day it is due, in Bangkok
 * @param daysLeft calendar days from today to that day: 0 on the day itself, negative once past
 * @param overdue  whether its moment has passed
 */
public record DueDate(LocalDate day, long daysLeft, boolean overdue) {

    public static DueDate of(Instant due, Instant now) {
        LocalDate day = LocalDate.ofInstant(due, BuddhistEra.BANGKOK);
        long left = ChronoUnit.DAYS.between(LocalDate.ofInstant(now, BuddhistEra.BANGKOK), day);
        return new DueDate(day, left, now.isAfter(due));
    }

    /** Days since it fell due, for an overdue one. */
    public long daysLate() {
        return Math.max(0, -daysLeft);
    }
}
