package th.go.dga.standards.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.chrono.ThaiBuddhistDate;
import java.time.temporal.ChronoField;
import java.util.List;

/**
 * Conversions between the Common Era and the Buddhist Era (พ.ศ. = ค.ศ. + 543), and Thai date text.
 */
public final class BuddhistEra {

    /** The zone every date of the product belongs to. Thailand has kept +07:00 without daylight saving since 1920. */
    public static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    /** Difference between a Buddhist-era and a Common-era year. */
    public static final int OFFSET = 543;

    /** Earliest and latest year accepted as a Buddhist-era year in codes and numbers. */
    public static final int FIRST_YEAR = 2475;
    public static final int LAST_YEAR = 2799;

    private static final List<String> MONTHS = List.of(
            "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
            "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม");

    private BuddhistEra() {
    }

    public static int yearOf(LocalDate date) {
        return ThaiBuddhistDate.from(date).get(ChronoField.YEAR);
    }

    public static int yearOf(Instant instant) {
        return yearOf(LocalDate.ofInstant(instant, BANGKOK));
    }

    public static int toCommonEra(int buddhistYear) {
        return buddhistYear - OFFSET;
    }

    public static boolean isPlausibleYear(int buddhistYear) {
        return buddhistYear >= FIRST_YEAR && buddhistYear <= LAST_YEAR;
    }

    /** "15 กุมภาพันธ์ 2567". */
    public static String format(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS.get(date.getMonthValue() - 1) + " " + yearOf(date);
    }

    /** "15 กุมภาพันธ์ พ.ศ. 2567", as an official document gives its date. */
    public static String formatWithEra(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS.get(date.getMonthValue() - 1) + " พ.ศ. " + yearOf(date);
    }

    /** "กุมภาพันธ์ 2567". */
    public static String format(YearMonth month) {
        return MONTHS.get(month.getMonthValue() - 1) + " " + (month.getYear() + OFFSET);
    }

    /** "29 กุมภาพันธ์ 2567 เวลา 13:30 น.", in Bangkok time. */
    public static String format(Instant instant) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, BANGKOK);
        return format(local.toLocalDate()) + " เวลา " + String.format("%02d:%02d น.", local.getHour(), local.getMinute());
    }

    public static ZonedDateTime startOfDay(LocalDate date) {
        return date.atStartOfDay(BANGKOK);
    }

    /** Replaces Thai digits (๐–๙) by their Arabic counterparts, leaving everything else alone. */
    public static String arabicDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '๐' && c <= '๙' ? (char) ('0' + (c - '๐')) : c);
        }
        return out.toString();
    }
}
