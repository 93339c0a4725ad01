package th.go.dga.standards.pdf;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where a Thai mark goes: low over a bare consonant, high over an upper vowel or before sara am, to the left beside
 * the stem of ป ฝ ฟ ฬ; and back to the text as written.
 */
class ThaiMarksTests {

    @Test
    void leavesAToneMarkOverABareConsonantWhereTheFontPutsIt() {
        assertThat(ThaiMarks.place("ว่า ให้ ก็ สู่ ผู้")).isEqualTo("ว่า ให้ ก็ สู่ ผู้");
    }

    @Test
    void raisesAToneMarkOverAnUpperVowelOrBeforeSaraAm() {
        assertThat(ThaiMarks.place("ที่")).isEqualTo("ที\uF713");
        assertThat(ThaiMarks.place("น้ำ")).isEqualTo("น\uF714ำ");
        assertThat(ThaiMarks.place("ชั่ว")).isEqualTo("ชั\uF713ว");
    }

    @Test
    void movesMarksLeftBesideATallStem() {
        assertThat(ThaiMarks.place("ป่า")).isEqualTo("ป\uF705า");
        assertThat(ThaiMarks.place("ปุ่ม")).isEqualTo("ปุ\uF705ม");
        assertThat(ThaiMarks.place("ปี่")).isEqualTo("ป\uF702\uF713");
        assertThat(ThaiMarks.place("ฟ้า")).isEqualTo("ฟ\uF706า");
    }

    @Test
    void givesBackTheTextAsWritten() {
        String text = "ว่า ให้ ก็ ป่า ปี่ น้ำ ที่ สู่ ผู้ ปุ่ม ฟ้า ปั้น ฝั่ง กี้ สิ้น ชั่ว ญุ ฐุ ฟื้น";

        assertThat(ThaiMarks.place(text)).isNotEqualTo(text).hasSameSizeAs(text);
        assertThat(ThaiMarks.original(ThaiMarks.place(text))).isEqualTo(text);
    }

    @Test
    void everyVariantIsAGlyphOfEveryFace() {
        new SarabunFont();
    }
}
