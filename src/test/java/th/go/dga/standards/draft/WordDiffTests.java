package th.go.dga.standards.draft;

import org.junit.jupiter.api.Test;

import th.go.dga.standards.draft.WordDiff.Segment;

import static org.assertj.core.api.Assertions.assertThat;
import static th.go.dga.standards.draft.WordDiff.Kind.ADDED;
import static th.go.dga.standards.draft.WordDiff.Kind.REMOVED;
import static th.go.dga.standards.draft.WordDiff.Kind.SAME;

class WordDiffTests {

    @Test
    void marksTheOneThaiWordThatChanged() {
        // ICU breaks the older text ...|อย่าง|น้อยห|นึ่ง|ปี and the newer ...|อย่าง|น้อย|สอง|ปี: "น้อย" must still not be marked
        WordDiff diff = WordDiff.between("ผู้ให้บริการต้องจัดเก็บข้อมูลไว้อย่างน้อยหนึ่งปี", "ผู้ให้บริการต้องจัดเก็บข้อมูลไว้อย่างน้อยสองปี");

        assertThat(diff.segments()).containsExactly(
                new Segment(SAME, "ผู้ให้บริการต้องจัดเก็บข้อมูลไว้อย่างน้อย"),
                new Segment(REMOVED, "หนึ่ง"),
                new Segment(ADDED, "สอง"),
                new Segment(SAME, "ปี"));
    }

    @Test
    void marksAWholeWordEvenWhenTheOldAndNewWordsShareLetters() {
        WordDiff diff = WordDiff.between("หน่วยงานต้องกำหนดนโยบาย", "หน่วยงานต้องกำกับนโยบาย");

        assertThat(diff.segments()).containsExactly(
                new Segment(SAME, "หน่วยงานต้อง"),
                new Segment(REMOVED, "กำหนด"),
                new Segment(ADDED, "กำกับ"),
                new Segment(SAME, "นโยบาย"));
    }

    @Test
    void marksOnlyTheWordsPutInWhenTheDictionaryJoinsTheNextWordToThem() {
        // ICU reads the newer text ...|ที่|จะแจ้ง|เหตุการณ์|...
        WordDiff diff = WordDiff.between("ผู้ให้บริการต้องแจ้งเหตุการณ์ที่ทำให้ข้อมูลรั่วไหล", "ผู้ให้บริการต้องไม่ละเลยที่จะแจ้งเหตุการณ์ที่ทำให้ข้อมูลรั่วไหล");

        assertThat(diff.segments()).containsExactly(
                new Segment(SAME, "ผู้ให้บริการต้อง"),
                new Segment(ADDED, "ไม่ละเลยที่จะ"),
                new Segment(SAME, "แจ้งเหตุการณ์ที่ทำให้ข้อมูลรั่วไหล"));
    }

    @Test
    void marksTheLettersThatCorrectAMisspeltWord() {
        WordDiff diff = WordDiff.between("แจ้งเหตุการที่ทำให้ข้อมูลรั่วไหล", "แจ้งเหตุการณ์ที่ทำให้ข้อมูลรั่วไหล");

        assertThat(diff.segments()).containsExactly(
                new Segment(SAME, "แจ้งเหตุการ"),
                new Segment(ADDED, "ณ์"),
                new Segment(SAME, "ที่ทำให้ข้อมูลรั่วไหล"));
    }

    @Test
    void marksAToneMarkPutInTogetherWithItsLetter() {
        WordDiff diff = WordDiff.between("หน่วยงานของรัฐทีให้บริการดิจิทัล", "หน่วยงานของรัฐที่ให้บริการดิจิทัล");

        assertThat(diff.segments()).containsExactly(
                new Segment(SAME, "หน่วยงานของรัฐ"),
                new Segment(REMOVED, "ที"),
                new Segment(ADDED, "ที่"),
                new Segment(SAME, "ให้บริการดิจิทัล"));
    }

    @Test
    void marksAChangedLevelInAThaiSentenceWithEnglishAndNumbers() {
        WordDiff diff = WordDiff.between("ระดับ IAL2 ตาม NIST SP 800-63", "ระดับ IAL3 ตาม NIST SP 800-63");

        assertThat(diff.segments()).containsExactly(
                new Segment(SAME, "ระดับ "),
                new Segment(REMOVED, "IAL2"),
                new Segment(ADDED, "IAL3"),
                new Segment(SAME, " ตาม NIST SP 800-63"));
    }

    @Test
    void marksWordsPutInWithoutMarkingTheirNeighbours() {
        WordDiff diff = WordDiff.between("มาตรฐานนี้ใช้กับหน่วยงานของรัฐ", "มาตรฐานนี้ใช้กับหน่วยงานของรัฐที่ให้บริการดิจิทัล");

        assertThat(diff.segments()).containsExactly(
                new Segment(SAME, "มาตรฐานนี้ใช้กับหน่วยงานของรัฐ"),
                new Segment(ADDED, "ที่ให้บริการดิจิทัล"));
    }

    @Test
    void showsTheWordsTakenOutBeforeTheWordsPutInWhereAPhraseWasRewritten() {
        String older = "หน่วยงานของรัฐต้องใช้สิ่งที่ใช้ยืนยันตัวตนที่มีระดับความเชื่อมั่นไม่ต่ำกว่าระดับ IAL2";
        String newer = "หน่วยงานของรัฐควรพิจารณาใช้สิ่งที่ใช้ยืนยันตัวตนแบบหลายปัจจัยเมื่อให้บริการที่มีความเสี่ยงสูง";

        WordDiff diff = WordDiff.between(older, newer);

        assertThat(diff.older()).isEqualTo(older);
        assertThat(diff.newer()).isEqualTo(newer);
        assertThat(diff.segments().get(0)).isEqualTo(new Segment(SAME, "หน่วยงานของรัฐ"));
        assertThat(diff.segments().get(1)).isEqualTo(new Segment(REMOVED, "ต้อง"));
        assertThat(diff.segments().get(2)).isEqualTo(new Segment(ADDED, "ควรพิจารณา"));
        assertThat(diff.segments()).contains(new Segment(SAME, "ใช้สิ่งที่ใช้ยืนยันตัวตน"));
        for (int i = 1; i < diff.segments().size(); i++) {
            assertThat(diff.segments().get(i).kind()).as("neighbours are merged").isNotEqualTo(diff.segments().get(i - 1).kind());
            assertThat(diff.segments().get(i - 1).kind() == ADDED && diff.segments().get(i).kind() == REMOVED)
                    .as("removed words come before the words that replace them").isFalse();
        }
    }

    @Test
    void showsIdenticalTextsAsOneUnchangedSegment() {
        String text = "ระดับความเชื่อมั่นของสิ่งที่ใช้ยืนยันตัวตน\nมีสามระดับ";

        WordDiff diff = WordDiff.between(text, text);

        assertThat(diff.segments()).containsExactly(new Segment(SAME, text));
        assertThat(diff.hasChanges()).isFalse();
    }

    @Test
    void showsEveryWordOfATextThatWasEmptyBeforeAsAdded() {
        WordDiff diff = WordDiff.between("", "มาตรฐานนี้ใช้กับหน่วยงานของรัฐที่ให้บริการดิจิทัล");

        assertThat(diff.segments()).containsExactly(new Segment(ADDED, "มาตรฐานนี้ใช้กับหน่วยงานของรัฐที่ให้บริการดิจิทัล"));
        assertThat(WordDiff.between("มาตรฐานนี้", "").segments()).containsExactly(new Segment(REMOVED, "มาตรฐานนี้"));
        assertThat(WordDiff.between("", "").segments()).isEmpty();
    }

    @Test
    void marksASpacePutBetweenThaiWordsAndNothingElse() {
        WordDiff diff = WordDiff.between("มาตรฐานนี้ใช้กับหน่วยงานของรัฐ", "มาตรฐานนี้ ใช้กับหน่วยงานของรัฐ");

        assertThat(diff.hasChanges()).isTrue();
        assertThat(diff.segments()).containsExactly(
                new Segment(SAME, "มาตรฐานนี้"),
                new Segment(ADDED, " "),
                new Segment(SAME, "ใช้กับหน่วยงานของรัฐ"));
    }

    @Test
    void marksAParagraphBreakTurnedIntoASpace() {
        WordDiff diff = WordDiff.between("ขอบข่าย\nมาตรฐานนี้ใช้กับหน่วยงานของรัฐ", "ขอบข่าย มาตรฐานนี้ใช้กับหน่วยงานของรัฐ");

        assertThat(diff.segments()).containsExactly(
                new Segment(SAME, "ขอบข่าย"),
                new Segment(REMOVED, "\n"),
                new Segment(ADDED, " "),
                new Segment(SAME, "มาตรฐานนี้ใช้กับหน่วยงานของรัฐ"));
    }
}
