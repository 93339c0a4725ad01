package th.go.dga.standards.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import th.go.dga.standards.validation.Violation;

/**
 * What a person typed into a Buddhist-era date input of the workspace, read as a date: {@code 10/12/2569},
 * {@code 10 ธ.ค. 2569}, {@code 10 ธันวาคม 2569}, {@code วันพฤหัสบดีที่ 10 ธันวาคม พ.ศ. 2569}, Thai digits, a
 * two-digit year ({@code 10 ธ.ค. 69}). A Common-era year typed into it ({@code 10/12/2026}) is refused with the
 * Buddhist-era year it probably means, never taken for the year 2026 of the Buddhist era.
 */
public final class ThaiDateInput {

    /** The date read, or why it could not be: exactly one of the two is there. */
    public record Reading(LocalDate date, Violation problem) {

        public boolean ok() {
            return problem == null;
        }
    }

    /** A time of day read, or why it could not be. */
    public record TimeReading(LocalTime time, Violation problem) {

        public boolean ok() {
            return problem == null;
        }
    }

    private static final List<List<String>> MONTH_NAMES = List.of(
            List.of("มกราคม", "ม.ค."), List.of("กุมภาพันธ์", "ก.พ."), List.of("มีนาคม", "มี.ค."), List.of("เมษายน", "เม.ย."),
            List.of("พฤษภาคม", "พ.ค."), List.of("มิถุนายน", "มิ.ย."), List.of("กรกฎาคม", "ก.ค."), List.of("สิงหาคม", "ส.ค."),
            List.of("กันยายน", "ก.ย."), List.of("ตุลาคม", "ต.ค."), List.of("พฤศจิกายน", "พ.ย."), List.of("ธันวาคม", "ธ.ค."));

    private static final Pattern WEEKDAY = Pattern.compile("^วัน\\S*?ที่\\s*");
    private static final Pattern NUMERIC = Pattern.compile("^(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{2,4})$");
    private static final Pattern WORDS = Pattern.compile("^(\\d{1,2})\\s*([^\\d\\s]+(?:\\s[^\\d\\s]+)?)\\s*(\\d{2,4})$");
    private static final Pattern TIME = Pattern.compile("^(\\d{1,2})\\s*[:.]\\s*(\\d{2})(?:\\s*น\\.?)?$");

    /** Years below this are not Buddhist-era years anyone means: a Common-era year, most likely. */
    private static final int LOWEST_BUDDHIST_YEAR = 2400;

    private ThaiDateInput() {
    }

    /**
     * @param field the input, named in the refusal
     * @param label the input's label as its user sees it
     * @param typed what was typed
     */
    public static Reading read(String field, String label, String typed) {
        String text = normalise(typed);
        if (text.isEmpty()) {
            return new Reading(null, Violation.of(field, "form.required", label));
        }
        Matcher numeric = NUMERIC.matcher(text);
        Matcher words = WORDS.matcher(text);
        int day;
        int month;
        String year;
        if (numeric.matches()) {
            day = Integer.parseInt(numeric.group(1));
            month = Integer.parseInt(numeric.group(2));
            year = numeric.group(3);
        } else if (words.matches()) {
            day = Integer.parseInt(words.group(1));
            month = month(words.group(2));
            year = words.group(3);
            if (month == 0) {
                return unreadable(field, label, typed);
            }
        } else {
            return unreadable(field, label, typed);
        }
        if (year.length() == 3) {
            return unreadable(field, label, typed);
        }
        int buddhistYear = year.length() == 2 ? 2500 + Integer.parseInt(year) : Integer.parseInt(year);
        if (buddhistYear < LOWEST_BUDDHIST_YEAR) {
            return new Reading(null, Violation.of(field, "date.common-era-year-typed", label, typed.strip(), String.valueOf(buddhistYear),
                    String.valueOf(buddhistYear + BuddhistEra.OFFSET)));
        }
        if (month < 1 || month > 12) {
            return new Reading(null, Violation.of(field, "date.no-such-month", label, typed.strip(), String.valueOf(month)));
        }
        try {
            return new Reading(LocalDate.of(BuddhistEra.toCommonEra(buddhistYear), month, day), null);
        } catch (DateTimeException e) {
            return new Reading(null, Violation.of(field, "date.no-such-day", label, typed.strip(), String.valueOf(day),
                    MONTH_NAMES.get(month - 1).get(0), String.valueOf(buddhistYear)));
        }
    }

    /** A time of day in 24 hours: {@code 13:30}, {@code 13.30}, {@code 13.30 น.}. */
    public static TimeReading readTime(String field, String label, String typed) {
        String text = normalise(typed);
        if (text.isEmpty()) {
            return new TimeReading(null, Violation.of(field, "form.required", label));
        }
        Matcher time = TIME.matcher(text);
        if (time.matches()) {
            int hour = Integer.parseInt(time.group(1));
            int minute = Integer.parseInt(time.group(2));
            if (hour < 24 && minute < 60) {
                return new TimeReading(LocalTime.of(hour, minute), null);
            }
        }
        return new TimeReading(null, Violation.of(field, "date.unreadable-time", label, typed.strip()));
    }

    /** The date as the input shows it back: {@code 10/12/2569}. */
    public static String show(LocalDate date) {
        return String.format(Locale.ROOT, "%d/%d/%d", date.getDayOfMonth(), date.getMonthValue(), BuddhistEra.yearOf(date));
    }

    private static Reading unreadable(String field, String label, String typed) {
        return new Reading(null, Violation.of(field, "date.unreadable", label, typed.strip()));
    }

    private static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        String text = BuddhistEra.arabicDigits(typed).strip().replaceAll("\\s+", " ");
        text = WEEKDAY.matcher(text).replaceFirst("");
        return text.replace("พ.ศ.", " ").replace("พศ", " ").replaceAll("\\s+", " ").strip();
    }

    private static int month(String name) {
        String plain = name.replace(".", "").replace(" ", "");
        for (int i = 0; i < MONTH_NAMES.size(); i++) {
            for (String candidate : MONTH_NAMES.get(i)) {
                if (candidate.replace(".", "").equals(plain)) {
                    return i + 1;
                }
            }
        }
        return 0;
    }
}
