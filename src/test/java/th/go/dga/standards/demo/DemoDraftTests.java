package th.go.dga.standards.demo;

import java.io.ByteArrayInputStream;

import org.junit.jupiter.api.Test;

import th.go.dga.standards.draft.Clause;
import th.go.dga.standards.draft.ClauseReader;
import th.go.dga.standards.draft.DraftText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The demo's drafts read as a reader of the hearing page sees them: the title and introduction, then every clause. */
class DemoDraftTests {

    @Test
    void thePartFiveDraftReadsIntoItsTwentyOneClausesWithTheirHeadings() {
        DraftText draft = ClauseReader.read(new ByteArrayInputStream(DemoDraft.serviceLevels()), DemoDraft.SERVICE_LEVELS_FILE);

        assertThat(draft.clauses()).extracting(Clause::number, Clause::heading).containsExactly(
                tuple("1", "ขอบข่าย"),
                tuple("2", "บทนิยาม"),
                tuple("2.1", "บริการดิจิทัลภาครัฐ"),
                tuple("2.2", "ระดับบริการ"),
                tuple("2.3", "ผู้รับบริการ"),
                tuple("2.4", "การประเมินตนเอง"),
                tuple("3", "หลักเกณฑ์การจัดระดับบริการ"),
                tuple("3.1", "องค์ประกอบของการประเมิน"),
                tuple("3.2", "ระดับบริการ"),
                tuple("3.2.1", "ระดับที่ 1 การให้ข้อมูล"),
                tuple("3.2.2", "ระดับที่ 2 การยื่นคำขอทางดิจิทัล"),
                tuple("3.2.3", "ระดับที่ 3 การดำเนินการทางดิจิทัล"),
                tuple("3.2.4", "ระดับที่ 4 บริการครบวงจร"),
                tuple("3.3", "ระดับเป้าหมาย"),
                tuple("4", "ขั้นตอนการประเมิน"),
                tuple("4.1", "การประเมินตนเอง"),
                tuple("4.2", "การทวนสอบผลการประเมิน"),
                tuple("4.2.1", ""),
                tuple("4.2.2", ""),
                tuple("4.3", "การเผยแพร่ผลการประเมิน"),
                tuple("5", "การทบทวน"));
    }

    @Test
    void thePartFiveDraftKeepsItsTitleItsListItsTableAndItsNoteWhereAReaderExpectsThem() {
        DraftText draft = ClauseReader.read(new ByteArrayInputStream(DemoDraft.serviceLevels()), DemoDraft.SERVICE_LEVELS_FILE);

        assertThat(draft.preamble()).startsWith("(ร่าง) มาตรฐานสำนักงานพัฒนารัฐบาลดิจิทัล\n"
                        + "ว่าด้วยแนวปฏิบัติกระบวนการทางดิจิทัลภาครัฐ ส่วนที่ 5 : การจัดระดับบริการดิจิทัลภาครัฐ")
                .contains("คำนำ").contains("พ.ศ. 2565");
        assertThat(draft.clause("2")).get().extracting(Clause::text).isEqualTo("ในมาตรฐานนี้");
        assertThat(draft.clause("3.1")).get().extracting(Clause::text).asString()
                .startsWith("การจัดระดับบริการพิจารณาจากองค์ประกอบ 4 ด้าน ดังนี้\n(1) การเข้าถึงข้อมูลบริการ")
                .contains("\n(4) การแจ้งผล");
        assertThat(draft.clause("3.2")).get().extracting(Clause::text).asString()
                .contains("ตารางที่ 1 ระดับบริการดิจิทัลภาครัฐ\nระดับ\tชื่อระดับ\t")
                .contains("ระดับที่ 4\tบริการครบวงจร\t");
        assertThat(draft.clause("3.2.1")).get().extracting(Clause::text).asString().startsWith("หน่วยงานของรัฐต้องเผยแพร่ข้อมูลบริการ");
        assertThat(draft.clause("3.3")).get().extracting(Clause::text).asString().contains("\nหมายเหตุ บริการที่กฎหมายกำหนด");
        assertThat(draft.clause("4.2")).get().extracting(Clause::text).isEqualTo("");
        assertThat(draft.clause("4.2.1")).get().extracting(Clause::text).asString().startsWith("สำนักงานพัฒนารัฐบาลดิจิทัลอาจสุ่มทวนสอบ");
    }

    @Test
    void theApplicationFormsDraftReadsIntoItsNineClauses() {
        DraftText draft = ClauseReader.read(new ByteArrayInputStream(DemoDraft.applicationForms()), DemoDraft.APPLICATION_FORMS_FILE);

        assertThat(draft.clauses()).extracting(Clause::number, Clause::heading).containsExactly(
                tuple("1", "ขอบข่าย"),
                tuple("2", "บทนิยาม"),
                tuple("2.1", "แบบฟอร์มคำขอทางดิจิทัล"),
                tuple("2.2", "ข้อมูลที่ทางราชการมีอยู่แล้ว"),
                tuple("3", "หลักการออกแบบ"),
                tuple("3.1", "การขอข้อมูลเท่าที่จำเป็น"),
                tuple("3.2", "ภาษาและการแจ้งข้อผิดพลาด"),
                tuple("3.3", "การเข้าถึงได้"),
                tuple("4", "การทดสอบกับผู้ใช้งาน"));
        assertThat(draft.preamble()).startsWith("(ร่าง) มาตรฐานสำนักงานพัฒนารัฐบาลดิจิทัล");
    }
}
