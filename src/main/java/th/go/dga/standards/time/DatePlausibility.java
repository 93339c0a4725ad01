package th.go.dga.standards.time;

import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.Optional;

import th.go.dga.standards.validation.Violation;

/**
 * Whether a date someone entered can be the date they meant, whichever screen or API it came through. Two mistakes are
 * caught before anything is stored: a Buddhist-era year typed where the Common Era is asked for ({@code 12/10/2569}
 * in a Gregorian field makes 2569 CE, and a hearing in 3112 BE), and a date far from today for any step of a
 * standard's life. The refusal says what was received and, for the first mistake, what was probably meant.
 */
public final class DatePlausibility {

    /** How far back a date of any step may lie: a standard's review, the oldest of its records. */
    public static final Period FURTHEST_BACK = Period.ofYears(10);
    /** How far ahead a date of any step may lie: an effective date set well after publication. */
    public static final Period FURTHEST_AHEAD = Period.ofYears(5);

    /**
     * The dates a kind of step can have, around today. A form names the range of each of its date inputs
     * ({@code "properties": {"dateRange": "planned"}}).
     */
    public enum Range {

        /** Something being scheduled: a comment period, a meeting, an extension. */
        PLANNED(Period.ofDays(90), Period.ofYears(2)),

        /** Something that has happened and is being recorded: a submission to, or a publication in, the Royal Gazette. */
        RECORDED(Period.ofYears(5), Period.ofDays(30)),

        /** A date a decision sets, such as a standard's effective date. */
        DECIDED(Period.ofYears(5), FURTHEST_AHEAD),

        /** Any step of a standard's life. */
        ANY(FURTHEST_BACK, FURTHEST_AHEAD);

        private final Period back;
        private final Period ahead;

        Range(Period back, Period ahead) {
            this.back = back;
            this.ahead = ahead;
        }

        /** The range a form names, {@link #ANY} when it names none; a name that is no range is a mistake in the form. */
        public static Range named(String name) {
            return name == null || name.isBlank() ? ANY : valueOf(name.strip().toUpperCase(Locale.ROOT));
        }

        LocalDate earliest(LocalDate today) {
            return today.minus(back);
        }

        LocalDate latest(LocalDate today) {
            return today.plus(ahead);
        }
    }

    private DatePlausibility() {
    }

    /** A date of any step ({@link Range#ANY}). */
    public static Optional<Violation> check(String field, String label, LocalDate received, LocalDate today) {
        return check(field, label, received, today, Range.ANY);
    }

    /**
     * @param field    the input the date came from, named in the refusal
     * @param label    the input's label as its user sees it
     * @param received the date as the channel read it, in the Common Era
     * @param today    today in Bangkok, by the engine's clock
     * @param range    the dates the step can have
     */
    public static Optional<Violation> check(String field, String label, LocalDate received, LocalDate today, Range range) {
        LocalDate earliest = range.earliest(today);
        LocalDate latest = range.latest(today);
        if (!received.isBefore(earliest) && !received.isAfter(latest)) {
            return Optional.empty();
        }
        LocalDate meant = received.minusYears(BuddhistEra.OFFSET);
        if (!meant.isBefore(earliest) && !meant.isAfter(latest)) {
            return Optional.of(Violation.of(field, "date.buddhist-year-typed", label, received.toString(), String.valueOf(received.getYear()),
                    BuddhistEra.format(meant), String.valueOf(meant.getYear())));
        }
        return Optional.of(Violation.of(field, "date.implausible", label, received.toString(), BuddhistEra.format(earliest),
                BuddhistEra.format(latest)));
    }
}
