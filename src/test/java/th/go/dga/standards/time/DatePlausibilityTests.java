package th.go.dga.standards.time;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import th.go.dga.standards.validation.Violation;

import static org.assertj.core.api.Assertions.assertThat;

class DatePlausibilityTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void takesTheDatesOfEveryStep() {
        assertThat(DatePlausibility.check("commentPeriodStart", "วันเริ่มรับฟัง", LocalDate.of(2026, 12, 10), TODAY)).isEmpty();
        assertThat(DatePlausibility.check("publishedOn", "วันที่ประกาศ", LocalDate.of(2021, 10, 1), TODAY)).isEmpty();
        assertThat(DatePlausibility.check("effectiveOn", "วันที่มีผลบังคับใช้", LocalDate.of(2028, 11, 26), TODAY)).isEmpty();
    }

    @Test
    void refusesABuddhistYearTypedIntoACommonEraFieldSayingWhatWasTypedAndMeant() {
        // 12/10/2569 typed into Tasklist's month/day/year field
        Violation refused = DatePlausibility.check("commentPeriodStart", "วันเริ่มรับฟัง", LocalDate.of(2569, 12, 10), TODAY).orElseThrow();

        assertThat(refused.field()).isEqualTo("commentPeriodStart");
        assertThat(refused.code()).isEqualTo("date.buddhist-year-typed");
        assertThat(refused.message(Locale.forLanguageTag("th"))).contains("วันเริ่มรับฟัง").contains("2569-12-10").contains("10 ธันวาคม 2569")
                .contains("2026");
        assertThat(refused.message(Locale.ENGLISH)).contains("2569-12-10").contains("2026");
    }

    @Test
    void refusesADateFarFromTodayForAnyStep() {
        assertThat(DatePlausibility.check("effectiveOn", "วันที่มีผลบังคับใช้", LocalDate.of(2036, 1, 1), TODAY)).hasValueSatisfying(v ->
                assertThat(v.code()).isEqualTo("date.implausible"));
        assertThat(DatePlausibility.check("publishedOn", "วันที่ประกาศ", LocalDate.of(1999, 1, 1), TODAY)).hasValueSatisfying(v ->
                assertThat(v.code()).isEqualTo("date.implausible"));
    }

    @Test
    void takesTheEdgesOfTheSpanAndNotADayBeyond() {
        assertThat(DatePlausibility.check("d", "d", TODAY.minusYears(10), TODAY)).isEmpty();
        assertThat(DatePlausibility.check("d", "d", TODAY.plusYears(5), TODAY)).isEmpty();
        assertThat(DatePlausibility.check("d", "d", TODAY.minusYears(10).minusDays(1), TODAY)).isPresent();
        assertThat(DatePlausibility.check("d", "d", TODAY.plusYears(5).plusDays(1), TODAY)).isPresent();
    }
}
