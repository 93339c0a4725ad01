package th.go.dga.standards.time;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import th.go.dga.standards.time.BuddhistEra;
import th.go.dga.standards.time.EngineTime;

/**
 * Dates and times as the site's pages show them, in the page's language and always in Bangkok time: in Thai with
 * the Buddhist-era year ("วันพฤหัสบดีที่ 29 กุมภาพันธ์ 2567", "13:30–15:30 น."), in English with the Common-era
 * year ("Thursday 29 February 2024", "13:30–15:30"). Templates reach it as {@code @dates}.
 */
@Component("dates")
public class DateText {

    private static final List<String> WEEKDAYS_TH = List.of("วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์", "วันอาทิตย์");
    private static final List<String> WEEKDAYS_TH_SHORT = List.of("จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา.");
    private static final DateTimeFormatter MONTH_EN = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter WEEKDAY_EN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** "15 กุมภาพันธ์ 2567" / "15 February 2024". */
    public String day(LocalDate date) {
        if (date == null) {
            return "";
        }
        return thai() ? BuddhistEra.format(date) : DAY_EN.format(date);
    }

    /** The day of a moment in Bangkok. */
    public String day(Instant moment) {
        return moment == null ? "" : day(LocalDate.ofInstant(moment, BuddhistEra.BANGKOK));
    }

    /** "วันพฤหัสบดีที่ 29 กุมภาพันธ์ 2567" / "Thursday 29 February 2024". */
    public String weekdayDay(LocalDate date) {
        if (date == null) {
            return "";
        }
        return thai() ? WEEKDAYS_TH.get(date.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue()) + "ที่ " + BuddhistEra.format(date)
                : WEEKDAY_EN.format(date);
    }

    /** "ธันวาคม 2569" / "December 2026". */
    public String month(YearMonth month) {
        return thai() ? BuddhistEra.format(month) : MONTH_EN.format(month);
    }

    /** "วันอาทิตย์" / "Sunday". */
    public String weekday(DayOfWeek day) {
        return thai() ? WEEKDAYS_TH.get(day.getValue() - 1) : day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** "อา." / "Sun", for the head of a narrow calendar column. */
    public String weekdayShort(DayOfWeek day) {
        return thai() ? WEEKDAYS_TH_SHORT.get(day.getValue() - 1) : day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    /** "13:30 น." / "13:30", in Bangkok time. */
    public String time(Instant moment) {
        return thai() ? TIME.format(local(moment)) + " น." : TIME.format(local(moment));
    }

    /** "13:30–15:30 น." / "13:30–15:30". */
    public String timeRange(Instant start, Instant end) {
        String range = TIME.format(local(start)) + "–" + TIME.format(local(end));
        return thai() ? range + " น." : range;
    }

    /** "วันพฤหัสบดีที่ 29 กุมภาพันธ์ 2567 เวลา 13:30–15:30 น." / "Thursday 29 February 2024, 13:30–15:30". */
    public String meeting(Instant start, Instant end) {
        String day = weekdayDay(local(start).toLocalDate());
        return thai() ? day + " เวลา " + timeRange(start, end) : day + ", " + timeRange(start, end);
    }

    /** "29 กุมภาพันธ์ 2567 เวลา 13:30 น." / "29 February 2024, 13:30". */
    public String moment(Instant moment) {
        if (moment == null) {
            return "";
        }
        LocalDateTime local = local(moment);
        return thai() ? day(local.toLocalDate()) + " เวลา " + TIME.format(local) + " น." : day(local.toLocalDate()) + ", " + TIME.format(local);
    }

    /** For {@code <time datetime>}: "2024-02-29" or "2024-02-29T13:30+07:00". */
    public String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    public String iso(Instant moment) {
        return moment == null ? "" : moment.atZone(BuddhistEra.BANGKOK).toOffsetDateTime().toString();
    }

    /** Whole days from today to the day, that day included: 1 on the last day. */
    public long daysLeft(LocalDate lastDay) {
        return Math.max(0, ChronoUnit.DAYS.between(EngineTime.today(), lastDay) + 1);
    }

    private static LocalDateTime local(Instant moment) {
        return LocalDateTime.ofInstant(moment, BuddhistEra.BANGKOK);
    }

    private static boolean thai() {
        return !Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
    }
}
