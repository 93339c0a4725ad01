package th.go.dga.standards.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BuddhistEraTests {

    @Test
    void addsFiveHundredFortyThreeYears() {
        assertThat(BuddhistEra.yearOf(LocalDate.of(2024, 2, 15))).isEqualTo(2567);
        assertThat(BuddhistEra.toCommonEra(2566)).isEqualTo(2023);
    }

    @Test
    void writesDatesWithThaiMonthNames() {
        assertThat(BuddhistEra.format(LocalDate.of(2024, 2, 15))).isEqualTo("15 กุมภาพันธ์ 2567");
        assertThat(BuddhistEra.format(LocalDate.of(2023, 8, 22))).isEqualTo("22 สิงหาคม 2566");
        assertThat(BuddhistEra.formatWithEra(LocalDate.of(2023, 8, 22))).isEqualTo("22 สิงหาคม พ.ศ. 2566");
    }

    @Test
    void writesMomentsInBangkokTimeWhateverTheirOffset() {
        Instant meeting = OffsetDateTime.parse("2024-02-29T06:30:00Z").toInstant();

        assertThat(BuddhistEra.format(meeting)).isEqualTo("29 กุมภาพันธ์ 2567 เวลา 13:30 น.");
    }

    @Test
    void takesTheYearOfAMomentInBangkok() {
        // 31 December 2023, 20:00 UTC is already 1 January 2567 in Bangkok
        assertThat(BuddhistEra.yearOf(Instant.parse("2023-12-31T20:00:00Z"))).isEqualTo(2567);
    }

    @Test
    void readsThaiDigits() {
        assertThat(BuddhistEra.arabicDigits("ม ๓/๒๕๖๖")).isEqualTo("ม 3/2566");
    }
}
