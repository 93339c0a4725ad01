package th.go.dga.standards.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TextCharactersTests {

    @ParameterizedTest
    @ValueSource(strings = {
            "ควรกำหนดระดับความเชื่อมั่นของการยืนยันตัวตน (IAL/AAL) ให้ชัดเจน",
            "ย่อหน้าแรก\n\nย่อหน้าที่สอง\r\n\tมีแท็บ",
            "Draft v2.0 — “quoted”, naïve, 東京, 😀 and \u200Bzero-width space",
            "العربية mixed with English and the marks \u200E\u200F that only steer",
            ""})
    void acceptsWhatPeopleWrite(String text) {
        assertThat(TextCharacters.check("comment", text, "ข้อคิดเห็น")).isEmpty();
        assertThat(TextCharacters.isAccepted(text)).isTrue();
    }

    @Test
    void acceptsNoTextAtAll() {
        assertThat(TextCharacters.check("comment", null, "ข้อคิดเห็น")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0001", "\u0008", "\u000B", "\u001B", "\u001F"})
    void refusesNulAndTheOtherControlCharactersButTabAndLineBreaks(String control) {
        assertThat(TextCharacters.isAccepted("ก" + control + "ข")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069"})
    void refusesEveryBidirectionalEmbeddingOverrideAndIsolate(String control) {
        assertThat(TextCharacters.isAccepted("invoice" + control + "fdp.exe")).isFalse();
    }

    @Test
    void refusesHalfOfASurrogatePairWhereverItStands() {
        assertThat(TextCharacters.isAccepted("\uD83D")).as("a high surrogate at the end").isFalse();
        assertThat(TextCharacters.isAccepted("\uDE00ก")).as("a low surrogate first").isFalse();
        assertThat(TextCharacters.isAccepted("ก\uD83Dข")).as("a high surrogate without its low one").isFalse();
        assertThat(TextCharacters.isAccepted("\uDE00\uD83D")).as("a pair in the wrong order").isFalse();
        assertThat(TextCharacters.isAccepted("\uD83D\uDE00")).as("a whole pair").isTrue();
    }

    @Test
    void namesTheFieldTheCharacterAndItsPlaceCountedInCharactersAsPeopleCountThem() {
        Violation violation = TextCharacters.check("name", "😀สมหญิง\u202Eตัวอย่าง", Violation.label("name")).orElseThrow();

        assertThat(violation.field()).isEqualTo("name");
        assertThat(violation.code()).isEqualTo(TextCharacters.CODE);
        assertThat(violation.message(Locale.ENGLISH)).isEqualTo("\"Full name\" contains a character that is not accepted (U+202E at character 8): "
                + "it cannot be seen, or makes the text show otherwise than it is kept; remove it and send again");
        assertThat(violation.message()).startsWith("«ชื่อ» มีอักขระที่รับไม่ได้ (U+202E ที่ตัวอักษรที่ 8)");
    }

    @Test
    void namesALoneSurrogateByItsCodeAndNulWithFourDigits() {
        assertThat(TextCharacters.check("f", "ab\uD800", "f").orElseThrow().args()).containsExactly("f", "U+D800", 3);
        assertThat(TextCharacters.check("f", "\u0000", "f").orElseThrow().args()).containsExactly("f", "U+0000", 1);
    }

    @Test
    void addsTheViolationToAListAndSaysWhetherItDid() {
        List<Violation> violations = new ArrayList<>();

        assertThat(TextCharacters.check(violations, "a", "fine", "a")).isFalse();
        assertThat(TextCharacters.check(violations, "b", "not\u0000fine", "b")).isTrue();

        assertThat(violations).extracting(Violation::field).containsExactly("b");
    }
}
