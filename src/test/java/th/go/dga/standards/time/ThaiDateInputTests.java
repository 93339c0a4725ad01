package th.go.dga.standards.time;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import th.go.dga.standards.validation.Violation;

import static org.assertj.core.api.Assertions.assertThat;

class ThaiDateInputTests {

    private static final Locale THAI = Locale.forLanguageTag("th");

    @ParameterizedTest
    @ValueSource(strings = {"10/12/2569", "10/12/69", "10-12-2569", "10.12.2569", " 10 / 12 / 2569 ", "10 ธ.ค. 2569", "10 ธค 2569",
            "10 ธันวาคม 2569", "10 ธ.ค. 69", "๑๐/๑๒/๒๕๖๙", "วันพฤหัสบดีที่ 10 ธันวาคม 2569", "10 ธันวาคม พ.ศ. 2569"})
    void readsTheWaysPeopleWriteABuddhistEraDate(String typed) {
        ThaiDateInput.Reading reading = ThaiDateInput.read("commentPeriodStart", "วันเริ่มรับฟัง", typed);

        assertThat(reading.problem()).isNull();
        assertThat(reading.date()).isEqualTo(LocalDate.of(2026, 12, 10));
    }

    @Test
    void refusesACommonEraYearSayingWhatWasTypedAndTheBuddhistYearMeant() {
        Violation refused = ThaiDateInput.read("commentPeriodStart", "วันเริ่มรับฟัง", "10/12/2026").problem();

        assertThat(refused.field()).isEqualTo("commentPeriodStart");
        assertThat(refused.code()).isEqualTo("date.common-era-year-typed");
        assertThat(refused.message(THAI)).contains("วันเริ่มรับฟัง").contains("10/12/2026").contains("2569");
        assertThat(refused.message(Locale.ENGLISH)).contains("10/12/2026").contains("2569");
    }

    @Test
    void refusesDaysAndMonthsThatDoNotExistNamingThem() {
        assertThat(ThaiDateInput.read("d", "วันที่", "31/2/2569").problem().message(THAI)).contains("31 กุมภาพันธ์ 2569");
        assertThat(ThaiDateInput.read("d", "วันที่", "29/2/2567").date()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(ThaiDateInput.read("d", "วันที่", "12/13/2569").problem().code()).isEqualTo("date.no-such-month");
    }

    @ParameterizedTest
    @ValueSource(strings = {"พรุ่งนี้", "10 ธันว 2569", "2569-12-10", "10/12/256", "10/12"})
    void refusesWhatIsNotADateQuotingIt(String typed) {
        Violation refused = ThaiDateInput.read("d", "วันที่", typed).problem();

        assertThat(refused).isNotNull();
        assertThat(refused.message(THAI)).contains(typed.strip());
    }

    @Test
    void anEmptyInputIsAMissingValue() {
        assertThat(ThaiDateInput.read("d", "วันที่", "  ").problem().code()).isEqualTo("form.required");
        assertThat(ThaiDateInput.readTime("t", "เวลา", null).problem().code()).isEqualTo("form.required");
    }

    @Test
    void readsTwentyFourHourTimes() {
        assertThat(ThaiDateInput.readTime("t", "เวลา", "13:30").time()).isEqualTo(LocalTime.of(13, 30));
        assertThat(ThaiDateInput.readTime("t", "เวลา", "9.00 น.").time()).isEqualTo(LocalTime.of(9, 0));
        assertThat(ThaiDateInput.readTime("t", "เวลา", "24:00").problem().message(THAI)).contains("24:00");
        assertThat(ThaiDateInput.readTime("t", "เวลา", "1:30 pm").problem().code()).isEqualTo("date.unreadable-time");
    }

    @Test
    void showsADateTheWayItIsTyped() {
        assertThat(ThaiDateInput.show(LocalDate.of(2026, 12, 10))).isEqualTo("10/12/2569");
    }
}
