package th.go.dga.standards.draft;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a clause is cited and named: the number a person types, and the title a list of clauses shows.
 */
class ClauseTests {

    @Test
    void readsAClauseNumberAsAPersonTypesIt() {
        assertThat(Clause.normalise("ข้อ ๔.๒")).isEqualTo("4.2");
        assertThat(Clause.normalise(" 4.2. ")).isEqualTo("4.2");
        assertThat(Clause.normalise("ข้อ 1")).isEqualTo("1");
        assertThat(Clause.normalise("ภาคผนวก ก")).isEqualTo("ภาคผนวก ก");
    }

    @Test
    void isNamedByItsHeadingOrTheOpeningWordsOfItsTextCutBetweenWords() {
        assertThat(new Clause("4", "ขอบข่าย", "มาตรฐานนี้ใช้กับหน่วยงานของรัฐ", 1).title()).isEqualTo("ข้อ 4 ขอบข่าย");
        assertThat(new Clause("4.1", "", "มาตรฐานนี้ใช้กับหน่วยงานของรัฐ\nย่อหน้าที่สอง", 2).title()).isEqualTo("ข้อ 4.1 มาตรฐานนี้ใช้กับหน่วยงานของรัฐ");
        assertThat(new Clause("4.2", "", "หน่วยงานของรัฐต้องจัดเก็บข้อมูลการให้บริการไว้อย่างน้อยหนึ่งปีนับแต่วันที่ให้บริการ", 3).title())
                .isEqualTo("ข้อ 4.2 หน่วยงานของรัฐต้องจัดเก็บข้อมูลการให้บริการไว้…");
        assertThat(new Clause("5", "", "", 4).title()).isEqualTo("ข้อ 5");
        assertThat(new Clause("4.2", "", "", 3).anchor()).isEqualTo("ข้อ-4.2");
        assertThat(new Clause("4.2.1", "", "", 3).depth()).isEqualTo(3);
    }
}
