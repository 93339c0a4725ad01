package th.go.dga.standards.workspace;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import th.go.dga.standards.hearing.Hearing;
import th.go.dga.standards.registry.Standard;
import th.go.dga.standards.time.BuddhistEra;

/**
 * A month of hearings as a calendar: weeks from Sunday to Saturday, as Thai wall calendars have them, each day with
 * the comment periods that open or close on it and the meetings held on it, and how many other periods run through
 * it; and the same hearings as a list, which a phone and a screen reader read more easily than a grid.
 *
 * @param truncated whether the month holds more hearings than were read
 */
record MonthCalendar(YearMonth month, List<DayOfWeek> weekdays, List<List<Day>> weeks, List<Entry> entries, boolean truncated) {

    /** The month in the address: Buddhist-era year and month, {@code 2569-12}; Thai digits are read too. */
    private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{1,2})$");

    static final List<DayOfWeek> WEEK = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);

    /** What happens on a day to one hearing. */
    enum Kind { OPENS, MEETING, CLOSES }

    /**
     * A cell of the grid.
     *
     * @param date    null for the cells before the first and after the last day of the month
     * @param ongoing how many comment periods run through the day without opening or closing on it
     */
    record Day(LocalDate date, boolean today, List<Mark> marks, int ongoing) {
    }

    record Mark(Kind kind, Entry entry) {
    }

    /** A hearing of the month, with the standard it is about. */
    record Entry(long hearingId, int round, String standardId, String code, String title, LocalDate opens, LocalDate closes,
                 Instant meetingStart, Instant meetingEnd) {

        public LocalDate meetingDay() {
            return LocalDate.ofInstant(meetingStart, BuddhistEra.BANGKOK);
        }

        public boolean runsThrough(LocalDate day) {
            return day.isAfter(opens) && day.isBefore(closes);
        }
    }

    /**
     * Reads the month asked for; none is this month.
     *
     * @throws PageRefused when it is not a Buddhist-era year and month
     */
    static YearMonth parse(String month, LocalDate today) {
        if (month == null || month.isBlank()) {
            return YearMonth.from(today);
        }
        Matcher parts = MONTH.matcher(BuddhistEra.arabicDigits(month.strip()));
        if (parts.matches()) {
            int year = Integer.parseInt(parts.group(1));
            int number = Integer.parseInt(parts.group(2));
            if (BuddhistEra.isPlausibleYear(year) && number >= 1 && number <= 12) {
                return YearMonth.of(BuddhistEra.toCommonEra(year), number);
            }
        }
        throw new PageRefused("calendar.refused.month", PageRefused.echo(month), parameter(YearMonth.from(today)));
    }

    /** The month as the address writes it: {@code 2569-12}. */
    static String parameter(YearMonth month) {
        return "%d-%02d".formatted(month.getYear() + BuddhistEra.OFFSET, month.getMonthValue());
    }

    static MonthCalendar of(YearMonth month, List<Hearing> hearings, Map<String, Standard> standards, LocalDate today, boolean truncated) {
        List<Entry> entries = hearings.stream().map(h -> {
            Standard standard = standards.get(h.standardId());
            return new Entry(h.id(), h.round(), h.standardId(), standard == null ? h.standardId() : standard.displayCode(),
                    standard == null ? "" : standard.titleTh(), h.window().commentPeriodStart(), h.window().commentPeriodEnd(),
                    h.window().meetingStart(), h.window().meetingEnd());
        }).toList();
        List<List<Day>> weeks = new ArrayList<>();
        LocalDate first = month.atDay(1);
        LocalDate cell = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
        LocalDate last = month.atEndOfMonth();
        while (!cell.isAfter(last)) {
            List<Day> week = new ArrayList<>();
            for (int i = 0; i < 7; i++, cell = cell.plusDays(1)) {
                week.add(YearMonth.from(cell).equals(month) ? day(cell, entries, today) : new Day(null, false, List.of(), 0));
            }
            weeks.add(week);
        }
        return new MonthCalendar(month, WEEK, weeks, entries, truncated);
    }

    private static Day day(LocalDate date, List<Entry> entries, LocalDate today) {
        List<Mark> marks = new ArrayList<>();
        int ongoing = 0;
        for (Entry entry : entries) {
            if (entry.opens().equals(date)) {
                marks.add(new Mark(Kind.OPENS, entry));
            }
            if (entry.meetingDay().equals(date)) {
                marks.add(new Mark(Kind.MEETING, entry));
            }
            if (entry.closes().equals(date)) {
                marks.add(new Mark(Kind.CLOSES, entry));
            }
            if (entry.runsThrough(date) && !entry.meetingDay().equals(date)) {
                ongoing++;
            }
        }
        return new Day(date, date.equals(today), marks, ongoing);
    }

    public YearMonth previous() {
        return month.minusMonths(1);
    }

    public YearMonth next() {
        return month.plusMonths(1);
    }

    public String previousParameter() {
        return parameter(previous());
    }

    public String nextParameter() {
        return parameter(next());
    }
}
