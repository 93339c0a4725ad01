package th.go.dga.standards.gazette;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A Royal Gazette reference in its official form, however the section was typed. */
class GazetteCitationTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ตอนพิเศษ 240 ง   | เล่ม 138 ตอนพิเศษ 240 ง หน้า 12
            85 ง             | เล่ม 138 ตอนที่ 85 ง หน้า 12
            ตอนที่ 12 ก       | เล่ม 138 ตอนที่ 12 ก หน้า 12
            ตอน 12 ก         | เล่ม 138 ตอนที่ 12 ก หน้า 12
            ตอนพิเศษ  240   ง | เล่ม 138 ตอนพิเศษ 240 ง หน้า 12
            """)
    void namesTheSectionOnce(String typed, String official) {
        assertThat(GazetteRecord.citation(138, typed, 12)).isEqualTo(official);
    }
}
