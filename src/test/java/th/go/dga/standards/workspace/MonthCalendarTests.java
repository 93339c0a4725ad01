package th.go.dga.standards.workspace;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Test;

import th.go.dga.standards.hearing.Hearing;
import th.go.dga.standards.hearing.HearingStatus;
import th.go.dga.standards.hearing.HearingWindow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MonthCalendarTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Test
    void readsABuddhistEraYearAndMonthInArabicOrThaiDigits() {
        assertThat(MonthCalendar.parse("2569-12", TODAY)).isEqualTo(YearMonth.of(2026, 12));
        assertThat(MonthCalendar.parse(" 2570-1 ", TODAY)).isEqualTo(YearMonth.of(2027, 1));
        assertThat(MonthCalendar.parse("๒๕๖๗-๐๒", TODAY)).isEqualTo(YearMonth.of(2024, 2));
        assertThat(MonthCalendar.parse(null, TODAY)).isEqualTo(YearMonth.of(2026, 11));
        assertThat(MonthCalendar.parse("", TODAY)).isEqualTo(YearMonth.of(2026, 11));
    }

    @Test
    void refusesWhatIsNotABuddhistEraYearAndMonth() {
        for (String month : List.of("2569-13", "2569-00", "2026-12", "12-2569", "2569", "2569-12-01", "x")) {
            assertThatThrownBy(() -> MonthCalendar.parse(month, TODAY)).as(month).isInstanceOf(PageRefused.class)
                    .satisfies(e -> assertThat(((PageRefused) e).args()).containsExactly(month, "2569-11"));
        }
    }

    @Test
    void writesTheMonthOfTheAddressInTheBuddhistEra() {
        assertThat(MonthCalendar.parameter(YearMonth.of(2027, 1))).isEqualTo("2570-01");
    }

    @Test
    void laysAMonthOutInWeeksFromSundayWithItsHearingsOnTheirDays() {
        // December 2569 begins on a Tuesday and ends on a Thursday
        Hearing hearing = new Hearing(7, "STD-00001", 1, new HearingWindow(LocalDate.of(2026, 11, 26), LocalDate.of(2026, 12, 31),
                at("2026-12-10T13:30+07:00"), at("2026-12-10T15:30+07:00")), "https://teams.example.org", "https://forms.example.org",
                null, HearingStatus.OPEN, null, null, null, null, "somsri", at("2026-11-20T10:00+07:00"), null, null);

        MonthCalendar calendar = MonthCalendar.of(YearMonth.of(2026, 12), List.of(hearing), Map.of(), LocalDate.of(2026, 12, 3), false);

        assertThat(calendar.weekdays()).first().isEqualTo(DayOfWeek.SUNDAY);
        assertThat(calendar.weeks()).hasSize(5).allSatisfy(week -> assertThat(week).hasSize(7));
        assertThat(calendar.weeks().get(0)).extracting(MonthCalendar.Day::date)
                .containsExactly(null, null, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 3),
                        LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 5));
        assertThat(calendar.weeks().get(4).stream().map(MonthCalendar.Day::date).filter(Objects::nonNull)).last().isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(day(calendar, 3).today()).isTrue();
        assertThat(day(calendar, 10).marks()).extracting(MonthCalendar.Mark::kind).containsExactly(MonthCalendar.Kind.MEETING);
        assertThat(day(calendar, 10).ongoing()).isZero();
        assertThat(day(calendar, 31).marks()).extracting(MonthCalendar.Mark::kind).containsExactly(MonthCalendar.Kind.CLOSES);
        assertThat(day(calendar, 11).ongoing()).isOne();
        assertThat(calendar.entries()).singleElement().satisfies(e -> assertThat(e.code()).isEqualTo("STD-00001"));
        assertThat(calendar.previousParameter()).isEqualTo("2569-11");
        assertThat(calendar.nextParameter()).isEqualTo("2570-01");
    }

    @Test
    void aMeetingLateInTheEveningFallsOnItsBangkokDay() {
        Hearing hearing = new Hearing(8, "STD-00002", 1, new HearingWindow(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31),
                at("2026-12-10T23:30+07:00"), at("2026-12-10T23:50+07:00")), "l", "r", null, HearingStatus.SCHEDULED, null, null, null, null,
                "somsri", at("2026-11-20T10:00+07:00"), null, null);

        MonthCalendar calendar = MonthCalendar.of(YearMonth.of(2026, 12), List.of(hearing), Map.of(), TODAY, false);

        assertThat(day(calendar, 10).marks()).extracting(MonthCalendar.Mark::kind).containsExactly(MonthCalendar.Kind.MEETING);
        assertThat(day(calendar, 1).marks()).extracting(MonthCalendar.Mark::kind).containsExactly(MonthCalendar.Kind.OPENS);
    }

    private static MonthCalendar.Day day(MonthCalendar calendar, int dayOfMonth) {
        return calendar.weeks().stream().flatMap(List::stream).filter(d -> d.date() != null && d.date().getDayOfMonth() == dayOfMonth)
                .findFirst().orElseThrow();
    }

    private static Instant at(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }
}
