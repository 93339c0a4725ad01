package th.go.dga.standards.draft;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ThaiWordsTests {

    @Test
    void findsTheWordsOfAThaiSentenceWrittenWithoutSpaces() {
        List<String> words = ThaiWords.split("มาตรฐานนี้ใช้กับหน่วยงานของรัฐที่ให้บริการดิจิทัล");

        assertThat(words).containsSubsequence("มาตรฐาน", "นี้", "ใช้", "กับ", "ของ", "รัฐ", "ที่", "บริการ", "ดิจิทัล");
    }

    @Test
    void keepsEnglishWordsAndNumbersWholeAmongThaiWords() {
        List<String> words = ThaiWords.split("ระดับ IAL2 ตาม NIST SP 800-63");

        assertThat(words).containsSubsequence("ระดับ", " ", "IAL2", " ", "ตาม", " ", "NIST", " ", "SP", " ", "800");
        assertThat(ThaiWords.split("ตามข้อ 4.2.1 และข้อ ๔.๒")).contains("4.2.1", "๔.๒");
    }

    @Test
    void joinsBackIntoExactlyTheTextItWasSplitFrom() {
        String clause = "ระดับความเชื่อมั่นของสิ่งที่ใช้ยืนยันตัวตน (AAL)  มีสามระดับ:\n"
                + "ระดับ\tคำอธิบาย\nAAL1\tใช้ปัจจัยเดียว, เช่น รหัสผ่าน\n\n"
                + "ผู้ให้บริการต้องจัดเก็บข้อมูลไว้อย่างน้อยหนึ่งปี 😀 ";

        List<String> words = ThaiWords.split(clause);

        assertThat(String.join("", words)).isEqualTo(clause);
        assertThat(words).doesNotContain("").contains("\n", "\t", "(", "AAL", ")");
    }

    @Test
    void findsNoWordsInAnEmptyText() {
        assertThat(ThaiWords.split("")).isEmpty();
        assertThat(ThaiWords.split(null)).isEmpty();
    }

    @Test
    void splitsTheSameWayWhenManyThreadsSplitAtOnce() {
        List<String> sentences = IntStream.range(0, 400)
                .mapToObj(i -> "หน่วยงานของรัฐต้องใช้สิ่งที่ใช้ยืนยันตัวตนที่มีระดับ AAL" + (i % 3 + 1) + " ภายใน " + i + " วัน")
                .toList();
        List<List<String>> oneByOne = sentences.stream().map(ThaiWords::split).toList();

        List<List<String>> atOnce = sentences.parallelStream().map(ThaiWords::split).toList();

        assertThat(atOnce).isEqualTo(oneByOne);
    }
}
