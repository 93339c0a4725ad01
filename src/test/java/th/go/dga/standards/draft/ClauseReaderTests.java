package th.go.dga.standards.draft;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import th.go.dga.standards.validation.InvalidInputException;
import th.go.dga.standards.validation.Violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

class ClauseReaderTests {

    // numbers typed in the text

    @Test
    void readsTypedClauseNumbersWithTheirHeadingsAndText() {
        DraftText draft = read(new DraftDocx()
                .paragraph("1 ขอบข่าย")
                .paragraph("มาตรฐานนี้ใช้กับระบบบริการดิจิทัลของหน่วยงานของรัฐทุกระบบ")
                .paragraph("4.2 คำศัพท์และคำนิยาม")
                .paragraph("4.2.1. ผู้ให้บริการ หมายถึง หน่วยงานของรัฐที่จัดให้มีบริการดิจิทัลแก่ประชาชนผ่านช่องทางอิเล็กทรอนิกส์ทุกช่องทาง"));

        assertThat(draft.clauses()).extracting(Clause::number, Clause::heading, Clause::text, Clause::order).containsExactly(
                tuple("1", "ขอบข่าย", "มาตรฐานนี้ใช้กับระบบบริการดิจิทัลของหน่วยงานของรัฐทุกระบบ", 1),
                tuple("4.2", "คำศัพท์และคำนิยาม", "", 2),
                tuple("4.2.1", "", "ผู้ให้บริการ หมายถึง หน่วยงานของรัฐที่จัดให้มีบริการดิจิทัลแก่ประชาชนผ่านช่องทางอิเล็กทรอนิกส์ทุกช่องทาง", 3));
    }

    @Test
    void readsThaiDigitsAsArabicNumbers() {
        DraftText draft = read(new DraftDocx()
                .paragraph("๔ ข้อกำหนด")
                .paragraph("๔.๒ การเข้ารหัสข้อมูล")
                .paragraph("ข้อมูลที่ส่งผ่านเครือข่ายสาธารณะต้องเข้ารหัส")
                .paragraph("๔.๑๐ การทดสอบระบบ")
                .paragraph("ต้องทดสอบก่อนเปิดให้บริการ"));

        assertThat(draft.clauses()).extracting(Clause::number).containsExactly("4", "4.2", "4.10");
        assertThat(draft.clause("4.2")).get().extracting(Clause::heading).isEqualTo("การเข้ารหัสข้อมูล");
    }

    @Test
    void readsClausesWrittenAsKhoWithThaiDigitsAsRegulationsAreWritten() {
        DraftText draft = read(new DraftDocx()
                .paragraph("ข้อ ๑ ระเบียบนี้เรียกว่า “ระเบียบว่าด้วยการจัดทำมาตรฐานรัฐบาลดิจิทัล พ.ศ. ๒๕๖๙”")
                .paragraph("ข้อ ๒ ระเบียบนี้ให้ใช้บังคับตั้งแต่วันถัดจากวันประกาศเป็นต้นไป")
                .paragraph("ข้อ๓")
                .paragraph("ในระเบียบนี้ “มาตรฐาน” หมายความว่า มาตรฐานที่คณะกรรมการประกาศกำหนด"));

        assertThat(draft.clauses()).extracting(Clause::number, Clause::heading, Clause::text).containsExactly(
                tuple("1", "", "ระเบียบนี้เรียกว่า “ระเบียบว่าด้วยการจัดทำมาตรฐานรัฐบาลดิจิทัล พ.ศ. ๒๕๖๙”"),
                tuple("2", "", "ระเบียบนี้ให้ใช้บังคับตั้งแต่วันถัดจากวันประกาศเป็นต้นไป"),
                tuple("3", "", "ในระเบียบนี้ “มาตรฐาน” หมายความว่า มาตรฐานที่คณะกรรมการประกาศกำหนด"));
        assertThat(draft.clauses().get(0).label()).isEqualTo("ข้อ 1");
    }

    @Test
    void doesNotTakeASentenceOpeningWithAYearOrANumberWithoutASpaceForAClause() {
        DraftText draft = read(new DraftDocx()
                .paragraph("1 ขอบข่าย")
                .paragraph("2567 เป็นปีที่เริ่มใช้มาตรฐานฉบับแรก")
                .paragraph("1) ระบบงานที่เปิดให้บริการแก่ประชาชน")
                .paragraph("3.5เท่าของปริมาณข้อมูลเดิม")
                .paragraph("2 บทนิยาม"));

        assertThat(draft.clauses()).extracting(Clause::number).containsExactly("1", "2");
        assertThat(draft.clause("1").orElseThrow().text()).isEqualTo(
                "2567 เป็นปีที่เริ่มใช้มาตรฐานฉบับแรก\n1) ระบบงานที่เปิดให้บริการแก่ประชาชน\n3.5เท่าของปริมาณข้อมูลเดิม");
    }

    @Test
    void acceptsNumbersThatSkipOrGoBackAsEditedDraftsHaveThem() {
        DraftText draft = read(new DraftDocx()
                .paragraph("4.1 ผู้ให้บริการต้องจัดทำนโยบายการคุ้มครองข้อมูลส่วนบุคคลและเผยแพร่ให้ประชาชนทราบ")
                .paragraph("4.3 ผู้ให้บริการต้องแต่งตั้งเจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคลและแจ้งให้สำนักงานทราบ")
                .paragraph("4.2 ผู้ให้บริการต้องทบทวนนโยบายการคุ้มครองข้อมูลส่วนบุคคลอย่างน้อยปีละหนึ่งครั้ง"));

        assertThat(draft.clauses()).extracting(Clause::number).containsExactly("4.1", "4.3", "4.2");
    }

    // Word's automatic numbering

    @Test
    void numbersParagraphsOfAWordListAsWordShowsThem() {
        DraftText draft = read(new DraftDocx()
                .numbered(1, "ขอบข่าย")
                .paragraph("มาตรฐานนี้ใช้กับระบบบริการดิจิทัลของหน่วยงานของรัฐ")
                .numbered(1, "ข้อกำหนด")
                .numbered(2, "การควบคุมการเข้าถึง")
                .numbered(3, "ผู้ดูแลระบบต้องยืนยันตัวตนแบบหลายปัจจัยทุกครั้งที่เข้าถึงระบบจากภายนอกเครือข่ายของหน่วยงาน")
                .numbered(3, "ระบบต้องระงับบัญชีผู้ใช้งานที่ไม่ได้ใช้งานติดต่อกันเกินเก้าสิบวันโดยอัตโนมัติ")
                .numbered(2, "การเข้ารหัสข้อมูล")
                .numbered(3, "ข้อมูลที่ส่งผ่านเครือข่ายสาธารณะต้องเข้ารหัสด้วยโปรโตคอล TLS รุ่น 1.2 ขึ้นไป")
                .numbered(1, "การทบทวน")
                .paragraph("ต้องทบทวนทุกปี"));

        assertThat(draft.clauses()).extracting(Clause::number, Clause::heading).containsExactly(
                tuple("1", "ขอบข่าย"),
                tuple("2", "ข้อกำหนด"),
                tuple("2.1", "การควบคุมการเข้าถึง"),
                tuple("2.1.1", ""),
                tuple("2.1.2", ""),
                tuple("2.2", "การเข้ารหัสข้อมูล"),
                tuple("2.2.1", ""),
                tuple("3", "การทบทวน"));
        assertThat(draft.clause("2.2.1").orElseThrow().text()).isEqualTo("ข้อมูลที่ส่งผ่านเครือข่ายสาธารณะต้องเข้ารหัสด้วยโปรโตคอล TLS รุ่น 1.2 ขึ้นไป");
    }

    @Test
    void continuesAListThatWordRestartsAtAGivenNumber() {
        DraftText draft = read(new DraftDocx()
                .numbered(1, "ขอบข่าย")
                .paragraph("มาตรฐานนี้ใช้กับระบบบริการดิจิทัล")
                .restartNumbering(5)
                .numbered(1, "ข้อกำหนดด้านความมั่นคงปลอดภัย")
                .numbered(2, "การควบคุมการเข้าถึง")
                .paragraph("ต้องควบคุมการเข้าถึงตามบทบาท"));

        assertThat(draft.clauses()).extracting(Clause::number).containsExactly("1", "5", "5.1");
    }

    @Test
    void numbersAWordListOfKhoInThaiDigitsWithArabicDigits() {
        DraftText draft = read(new DraftDocx()
                .khoNumbered("ระเบียบนี้เรียกว่า “ระเบียบว่าด้วยการจัดทำมาตรฐานรัฐบาลดิจิทัล”")
                .khoNumbered("ระเบียบนี้ให้ใช้บังคับตั้งแต่วันถัดจากวันประกาศเป็นต้นไป"));

        assertThat(draft.clauses()).extracting(Clause::number, Clause::text).containsExactly(
                tuple("1", "ระเบียบนี้เรียกว่า “ระเบียบว่าด้วยการจัดทำมาตรฐานรัฐบาลดิจิทัล”"),
                tuple("2", "ระเบียบนี้ให้ใช้บังคับตั้งแต่วันถัดจากวันประกาศเป็นต้นไป"));
    }

    @Test
    void numbersHeadingsFromTheirStylesOutlineNumbering() {
        DraftText draft = read(new DraftDocx()
                .outlineHeading(1, "ขอบข่าย")
                .paragraph("มาตรฐานนี้ใช้กับระบบบริการดิจิทัล")
                .outlineHeading(1, "ข้อกำหนด")
                .outlineHeading(2, "การควบคุมการเข้าถึง")
                .paragraph("ต้องควบคุมการเข้าถึงตามบทบาท"));

        assertThat(draft.clauses()).extracting(Clause::number, Clause::heading, Clause::text).containsExactly(
                tuple("1", "ขอบข่าย", "มาตรฐานนี้ใช้กับระบบบริการดิจิทัล"),
                tuple("2", "ข้อกำหนด", ""),
                tuple("2.1", "การควบคุมการเข้าถึง", "ต้องควบคุมการเข้าถึงตามบทบาท"));
    }

    @Test
    void readsBulletsAndListItemsAsTextOfTheirClauseWithTheirLabels() {
        DraftText draft = read(new DraftDocx()
                .paragraph("4.1 ระบบต้องบันทึกประวัติการเข้าถึงข้อมูล โดยมีรายการอย่างน้อย ดังนี้")
                .item("ผู้ใช้งาน")
                .item("วันและเวลา")
                .bulleted("รายการที่ดำเนินการ")
                .paragraph("4.2 ต้องเก็บรักษาประวัติการเข้าถึงไว้ไม่น้อยกว่าเก้าสิบวันนับแต่วันที่บันทึก"));

        assertThat(draft.clauses()).extracting(Clause::number).containsExactly("4.1", "4.2");
        assertThat(draft.clause("4.1").orElseThrow().heading()).isEmpty();
        assertThat(draft.clause("4.1").orElseThrow().text()).isEqualTo(
                "ระบบต้องบันทึกประวัติการเข้าถึงข้อมูล โดยมีรายการอย่างน้อย ดังนี้\n(1) ผู้ใช้งาน\n(2) วันและเวลา\nรายการที่ดำเนินการ");
    }

    // headings

    @Test
    void takesWhatFollowsTheNumberInAHeadingStyleAsTheHeadingHoweverLong() {
        String heading = "ข้อกำหนดด้านการพิสูจน์และยืนยันตัวตนทางดิจิทัลสำหรับบริการที่มีความเสี่ยงสูงต่อประชาชน";
        DraftText draft = read(new DraftDocx()
                .heading(2, "4.2 " + heading)
                .heading(2, "4.3 การทบทวน")
                .paragraph("4.3.1 ต้องทบทวนทุกปี"));

        assertThat(draft.clauses()).extracting(Clause::number, Clause::heading, Clause::text).containsExactly(
                tuple("4.2", heading, ""),
                tuple("4.3", "การทบทวน", ""),
                tuple("4.3.1", "", "ต้องทบทวนทุกปี"));
    }

    @Test
    void recognisesHeadingStylesNamedInThai() {
        DraftText draft = read(new DraftDocx()
                .thaiHeading(2, "3.1 การควบคุมการเข้าถึง")
                .thaiHeading(2, "3.2 การเข้ารหัสข้อมูล")
                .paragraph("3.2.1 ต้องเข้ารหัสข้อมูลที่ส่งผ่านเครือข่ายสาธารณะ"));

        assertThat(draft.clauses()).extracting(Clause::number, Clause::heading).containsExactly(
                tuple("3.1", "การควบคุมการเข้าถึง"), tuple("3.2", "การเข้ารหัสข้อมูล"), tuple("3.2.1", ""));
    }

    @Test
    void takesAShortBoldLineAsAHeadingEvenWithAnotherClauseAfterIt() {
        DraftText draft = read(new DraftDocx()
                .bold("4.1 ความปลอดภัย")
                .bold("4.2 ความพร้อมใช้งาน")
                .paragraph("ระบบต้องพร้อมให้บริการไม่น้อยกว่าร้อยละ 99.5 ของเวลาในแต่ละเดือน"));

        assertThat(draft.clauses()).extracting(Clause::heading).containsExactly("ความปลอดภัย", "ความพร้อมใช้งาน");
    }

    @Test
    void readsABoldNumberBeforePlainWordsAsAClauseWithText() {
        DraftText draft = read(new DraftDocx()
                .boldNumber("4.1", "ต้องใช้รหัสผ่าน")
                .boldNumber("4.2", "ต้องเปลี่ยนรหัสผ่านทุกเก้าสิบวัน"));

        assertThat(draft.clauses()).extracting(Clause::heading, Clause::text).containsExactly(
                tuple("", "ต้องใช้รหัสผ่าน"), tuple("", "ต้องเปลี่ยนรหัสผ่านทุกเก้าสิบวัน"));
    }

    @Test
    void takesAShortUnstyledLineFollowedByTextOrItsFirstSubClauseAsAHeading() {
        DraftText draft = read(new DraftDocx()
                .paragraph("4 ขอบข่าย")
                .paragraph("มาตรฐานนี้ใช้กับระบบบริการดิจิทัล")
                .paragraph("5 ข้อกำหนด")
                .paragraph("5.1 การควบคุมการเข้าถึง")
                .paragraph("5.1.1 ต้องใช้รหัสผ่าน")
                .paragraph("5.1.2 ต้องระงับบัญชีที่ไม่ได้ใช้งาน"));

        assertThat(draft.clauses()).extracting(Clause::number, Clause::heading, Clause::text).containsExactly(
                tuple("4", "ขอบข่าย", "มาตรฐานนี้ใช้กับระบบบริการดิจิทัล"),
                tuple("5", "ข้อกำหนด", ""),
                tuple("5.1", "การควบคุมการเข้าถึง", ""),
                tuple("5.1.1", "", "ต้องใช้รหัสผ่าน"),
                tuple("5.1.2", "", "ต้องระงับบัญชีที่ไม่ได้ใช้งาน"));
    }

    @Test
    void readsALongNumberedParagraphAsTextWithoutAHeading() {
        String requirement = "ผู้ให้บริการต้องจัดให้มีมาตรการรักษาความมั่นคงปลอดภัยของข้อมูลส่วนบุคคลที่เหมาะสม "
                + "เพื่อป้องกันการสูญหาย การเข้าถึง การใช้ การเปลี่ยนแปลง หรือการเปิดเผยข้อมูลโดยไม่มีสิทธิ";
        DraftText draft = read(new DraftDocx()
                .paragraph("4.2.1 " + requirement)
                .paragraph("ทั้งนี้ ให้พิจารณาจากประเภทของข้อมูลและผลกระทบต่อเจ้าของข้อมูล"));

        Clause clause = draft.clauses().get(0);
        assertThat(clause.heading()).isEmpty();
        assertThat(clause.text()).isEqualTo(requirement + "\nทั้งนี้ ให้พิจารณาจากประเภทของข้อมูลและผลกระทบต่อเจ้าของข้อมูล");
    }

    @Test
    void readsAShortLineThatIntroducesAListAsText() {
        DraftText draft = read(new DraftDocx()
                .paragraph("4.1 ระบบต้องบันทึก ดังนี้")
                .bulleted("ผู้ใช้งาน")
                .paragraph("4.2 ข้อกำหนดเพิ่มเติม:")
                .paragraph("ให้เป็นไปตามประกาศของสำนักงาน"));

        assertThat(draft.clauses()).extracting(Clause::heading).containsExactly("", "");
        assertThat(draft.clause("4.1").orElseThrow().text()).isEqualTo("ระบบต้องบันทึก ดังนี้\nผู้ใช้งาน");
    }

    @Test
    void readsAShortRequirementFollowedByATableOrANoteAsText() {
        DraftText draft = read(new DraftDocx()
                .paragraph("3.1 ระดับความน่าเชื่อถือเป็นไปตามตารางที่ 1")
                .table(List.of(List.of("ระดับ", "ความหมาย"), List.of("IAL1", "ไม่ต้องพิสูจน์ตัวตน")))
                .paragraph("3.2 ต้องทบทวนทุกปี")
                .paragraph("หมายเหตุ การทบทวนอาจทำพร้อมกับการตรวจสอบภายใน"));

        assertThat(draft.clauses()).extracting(Clause::heading, Clause::text).containsExactly(
                tuple("", "ระดับความน่าเชื่อถือเป็นไปตามตารางที่ 1\nระดับ\tความหมาย\nIAL1\tไม่ต้องพิสูจน์ตัวตน"),
                tuple("", "ต้องทบทวนทุกปี\nหมายเหตุ การทบทวนอาจทำพร้อมกับการตรวจสอบภายใน"));
    }

    // text under the clauses

    @Test
    void keepsEveryParagraphUnderAClauseWithItsNotesUntilTheNextClause() {
        DraftText draft = read(new DraftDocx()
                .paragraph("3.1 การสำรองข้อมูล")
                .paragraph("ต้องสำรองข้อมูลอย่างน้อยวันละหนึ่งครั้ง")
                .paragraph("")
                .paragraph("ต้องทดสอบการกู้คืนข้อมูลอย่างน้อยปีละหนึ่งครั้ง")
                .paragraph("หมายเหตุ การสำรองข้อมูลอาจใช้บริการคลาวด์ภาครัฐได้")
                .paragraph("3.2 การแจ้งเหตุ")
                .paragraph("ต้องแจ้งภายในเจ็ดสิบสองชั่วโมง"));

        assertThat(draft.clause("3.1").orElseThrow().text()).isEqualTo("""
                ต้องสำรองข้อมูลอย่างน้อยวันละหนึ่งครั้ง
                ต้องทดสอบการกู้คืนข้อมูลอย่างน้อยปีละหนึ่งครั้ง
                หมายเหตุ การสำรองข้อมูลอาจใช้บริการคลาวด์ภาครัฐได้""");
        assertThat(draft.clause("3.2").orElseThrow().text()).isEqualTo("ต้องแจ้งภายในเจ็ดสิบสองชั่วโมง");
    }

    @Test
    void readsATableAsCellsSeparatedByTabsAndRowsByLineBreaks() {
        DraftText draft = read(new DraftDocx()
                .paragraph("3.3 ระดับความน่าเชื่อถือของการพิสูจน์ตัวตน")
                .paragraph("ระดับความน่าเชื่อถือแบ่งเป็นสามระดับ ตามตารางที่ 1")
                .table(List.of(
                        List.of("ระดับ", "ความหมาย"),
                        List.of("IAL1", "ไม่ต้องพิสูจน์ตัวตน"),
                        List.of("IAL2", "พิสูจน์ตัวตนด้วยเอกสารแสดงตน")))
                .paragraph("3.4 การทบทวน")
                .paragraph("ต้องทบทวนทุกปี"));

        assertThat(draft.clause("3.3").orElseThrow().text()).isEqualTo("""
                ระดับความน่าเชื่อถือแบ่งเป็นสามระดับ ตามตารางที่ 1
                ระดับ\tความหมาย
                IAL1\tไม่ต้องพิสูจน์ตัวตน
                IAL2\tพิสูจน์ตัวตนด้วยเอกสารแสดงตน""");
    }

    @Test
    void keepsWhatComesBeforeTheFirstClauseAsThePreamble() {
        DraftText draft = read(new DraftDocx()
                .title("มาตรฐานสำนักงานพัฒนารัฐบาลดิจิทัล")
                .paragraph("ว่าด้วยการพิสูจน์และยืนยันตัวตนทางดิจิทัล")
                .paragraph("คำนำ")
                .paragraph("มาตรฐานนี้จัดทำขึ้นเพื่อให้หน่วยงานของรัฐใช้เป็นแนวทาง")
                .paragraph("1 ขอบข่าย")
                .paragraph("มาตรฐานนี้ใช้กับบริการดิจิทัลภาครัฐ"));

        assertThat(draft.preamble()).isEqualTo("""
                มาตรฐานสำนักงานพัฒนารัฐบาลดิจิทัล
                ว่าด้วยการพิสูจน์และยืนยันตัวตนทางดิจิทัล
                คำนำ
                มาตรฐานนี้จัดทำขึ้นเพื่อให้หน่วยงานของรัฐใช้เป็นแนวทาง""");
        assertThat(draft.clauses()).extracting(Clause::number).containsExactly("1");
    }

    @Test
    void leavesOutTheTableOfContentsWhichRepeatsTheHeadings() {
        DraftText draft = read(new DraftDocx()
                .title("มาตรฐานสำนักงานพัฒนารัฐบาลดิจิทัล")
                .tableOfContents("1 ขอบข่าย\t1", "2 บทนิยาม\t2")
                .heading(1, "1 ขอบข่าย")
                .paragraph("มาตรฐานนี้ใช้กับบริการดิจิทัลภาครัฐ")
                .heading(1, "2 บทนิยาม")
                .paragraph("ในมาตรฐานนี้"));

        assertThat(draft.preamble()).isEqualTo("มาตรฐานสำนักงานพัฒนารัฐบาลดิจิทัล");
        assertThat(draft.clauses()).extracting(Clause::number, Clause::heading).containsExactly(tuple("1", "ขอบข่าย"), tuple("2", "บทนิยาม"));
    }

    @Test
    void readsClausesInsideAContentControl() {
        DraftText draft = read(new DraftDocx()
                .paragraph("คำนำ")
                .inContentControl("1 ขอบข่าย", "มาตรฐานนี้ใช้กับบริการดิจิทัลภาครัฐ")
                .paragraph("2 บทนิยาม")
                .paragraph("ในมาตรฐานนี้"));

        assertThat(draft.clauses()).extracting(Clause::number, Clause::heading, Clause::text).containsExactly(
                tuple("1", "ขอบข่าย", "มาตรฐานนี้ใช้กับบริการดิจิทัลภาครัฐ"), tuple("2", "บทนิยาม", "ในมาตรฐานนี้"));
    }

    @Test
    void leavesOutFootnotes() {
        DraftText draft = read(new DraftDocx()
                .paragraph("2 บทนิยาม")
                .footnoted("ข้อมูลส่วนบุคคล หมายถึง ข้อมูลเกี่ยวกับบุคคลซึ่งทำให้สามารถระบุตัวบุคคลนั้นได้", "ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. ๒๕๖๒"));

        assertThat(draft.clause("2").orElseThrow().text()).isEqualTo("ข้อมูลส่วนบุคคล หมายถึง ข้อมูลเกี่ยวกับบุคคลซึ่งทำให้สามารถระบุตัวบุคคลนั้นได้");
    }

    @Test
    void collapsesRunsOfSpacesAndTabsButKeepsThaiAsWritten() {
        String thai = "ระบบ\u200Bต้อง\u200Bบันทึกประวัติ  การเข้าถึง\t\tข้อมูล";
        DraftText draft = read(new DraftDocx()
                .paragraph("4.2\t\tคำศัพท์และคำนิยาม")
                .paragraph("   " + thai + "   "));

        Clause clause = draft.clauses().get(0);
        assertThat(clause.heading()).isEqualTo("คำศัพท์และคำนิยาม");
        assertThat(clause.text()).isEqualTo("ระบบ\u200Bต้อง\u200Bบันทึกประวัติ การเข้าถึง ข้อมูล");
    }

    @Test
    void readsARealisticThaiDraft() {
        DraftText draft = read(new DraftDocx()
                .title("มาตรฐานสำนักงานพัฒนารัฐบาลดิจิทัล")
                .title("ว่าด้วยแนวทางการพิสูจน์และยืนยันตัวตนทางดิจิทัล (มสพร. 1-2569)")
                .paragraph("สำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน) ได้จัดทำมาตรฐานนี้ขึ้นเพื่อเป็นแนวทางให้หน่วยงานของรัฐ"
                        + "ใช้ในการพิสูจน์และยืนยันตัวตนของผู้ใช้บริการดิจิทัล")
                .heading(1, "1 ขอบข่าย")
                .paragraph("มาตรฐานนี้กำหนดระดับความน่าเชื่อถือของการพิสูจน์และยืนยันตัวตนทางดิจิทัล "
                        + "สำหรับบริการดิจิทัลที่หน่วยงานของรัฐจัดให้มีแก่ประชาชน")
                .heading(1, "2 บทนิยาม")
                .paragraph("ความหมายของคำที่ใช้ในมาตรฐานนี้ มีดังต่อไปนี้")
                .paragraph("2.1 การพิสูจน์ตัวตน (identity proofing) หมายถึง กระบวนการตรวจสอบข้อมูลเกี่ยวกับตัวตนของบุคคล "
                        + "เพื่อยืนยันว่าบุคคลนั้นเป็นบุคคลที่กล่าวอ้างจริง")
                .paragraph("2.2 การยืนยันตัวตน (authentication) หมายถึง กระบวนการตรวจสอบสิ่งที่ใช้ยืนยันตัวตน "
                        + "เพื่อยืนยันว่าผู้ที่เข้าใช้บริการเป็นผู้ที่ได้ลงทะเบียนไว้")
                .heading(1, "3 ข้อกำหนด")
                .heading(2, "3.1 ระดับความน่าเชื่อถือ")
                .paragraph("3.1.1 หน่วยงานของรัฐต้องประเมินความเสี่ยงของบริการก่อนกำหนดระดับความน่าเชื่อถือ "
                        + "ของการพิสูจน์ตัวตนและการยืนยันตัวตนที่ใช้กับบริการนั้น")
                .paragraph("หมายเหตุ ตัวอย่างการประเมินความเสี่ยงอยู่ในภาคผนวก ก")
                .paragraph("3.1.2 ระดับความน่าเชื่อถือแบ่งเป็นสามระดับ ตามตารางที่ 1")
                .table(List.of(List.of("ระดับ", "ความหมาย"), List.of("IAL1", "ไม่ต้องพิสูจน์ตัวตน"),
                        List.of("IAL2", "พิสูจน์ตัวตนด้วยเอกสารแสดงตน"), List.of("IAL3", "พิสูจน์ตัวตนต่อหน้าเจ้าหน้าที่")))
                .heading(2, "3.2 การทบทวน")
                .paragraph("3.2.1 หน่วยงานของรัฐต้องทบทวนการประเมินความเสี่ยงอย่างน้อยปีละหนึ่งครั้ง "
                        + "และทุกครั้งที่มีการเปลี่ยนแปลงบริการอย่างมีนัยสำคัญ"));

        assertThat(draft.preamble()).startsWith("มาตรฐานสำนักงานพัฒนารัฐบาลดิจิทัล\nว่าด้วยแนวทาง")
                .endsWith("ใช้ในการพิสูจน์และยืนยันตัวตนของผู้ใช้บริการดิจิทัล");
        assertThat(draft.clauses()).extracting(Clause::number, Clause::heading).containsExactly(
                tuple("1", "ขอบข่าย"),
                tuple("2", "บทนิยาม"),
                tuple("2.1", ""),
                tuple("2.2", ""),
                tuple("3", "ข้อกำหนด"),
                tuple("3.1", "ระดับความน่าเชื่อถือ"),
                tuple("3.1.1", ""),
                tuple("3.1.2", ""),
                tuple("3.2", "การทบทวน"),
                tuple("3.2.1", ""));
        assertThat(draft.clause("2").orElseThrow().text()).isEqualTo("ความหมายของคำที่ใช้ในมาตรฐานนี้ มีดังต่อไปนี้");
        assertThat(draft.clause("3.1.1").orElseThrow().text()).endsWith("ที่ใช้กับบริการนั้น\nหมายเหตุ ตัวอย่างการประเมินความเสี่ยงอยู่ในภาคผนวก ก");
        assertThat(draft.clause("3.1.2").orElseThrow().text()).contains("\nIAL3\tพิสูจน์ตัวตนต่อหน้าเจ้าหน้าที่");
        assertThat(draft.clauses()).extracting(Clause::order).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    }

    // refusals

    @Test
    void refusesBytesThatAreNotAWordFile() {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);

        Violation refusal = refusal(noise, "ร่างมาตรฐาน.docx");

        assertThat(refusal.field()).isEqualTo("file");
        assertThat(refusal.code()).isEqualTo("draft.unreadable");
        assertThat(refusal.message()).contains("«ร่างมาตรฐาน.docx»", ".docx");
    }

    @Test
    void refusesAZipThatIsNotAWordDocument() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("ไม่ใช่เอกสาร Word".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        assertThat(refusal(bytes.toByteArray(), "draft.docx").code()).isEqualTo("draft.unreadable");
    }

    @Test
    void refusesAWorkbookSentAsADraft() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("ข้อ").createRow(0).createCell(0).setCellValue("1 ขอบข่าย");
            workbook.write(bytes);
        }

        assertThat(refusal(bytes.toByteArray(), "draft.docx").code()).isEqualTo("draft.unreadable");
    }

    @Test
    void refusesAnEmptyFile() {
        assertThat(refusal(new byte[0], "draft.docx").code()).isEqualTo("draft.unreadable");
    }

    @Test
    void asksForDocxWhenSentAnOldWordDocument() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (POIFSFileSystem doc = new POIFSFileSystem()) {
            doc.createDocument(new ByteArrayInputStream(new byte[512]), "WordDocument");
            doc.writeFilesystem(bytes);
        }

        Violation refusal = refusal(bytes.toByteArray(), "draft.doc");

        assertThat(refusal.code()).isEqualTo("draft.old-word-format");
        assertThat(refusal.message()).contains("«draft.doc»", ".docx");
    }

    @Test
    void asksForThePasswordToBeRemovedFromAProtectedDocument() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (POIFSFileSystem protectedDocx = new POIFSFileSystem()) {
            protectedDocx.createDocument(new ByteArrayInputStream(new byte[512]), "EncryptionInfo");
            protectedDocx.createDocument(new ByteArrayInputStream(new byte[4096]), "EncryptedPackage");
            protectedDocx.writeFilesystem(bytes);
        }

        assertThat(refusal(bytes.toByteArray(), "draft.docx").code()).isEqualTo("draft.encrypted");
    }

    @Test
    void refusesADraftWithoutNumberedClausesSayingWhatANumberLooksLike() {
        byte[] docx = new DraftDocx()
                .title("มาตรฐานสำนักงานพัฒนารัฐบาลดิจิทัล")
                .heading(1, "ขอบข่าย")
                .paragraph("มาตรฐานนี้ใช้กับบริการดิจิทัลภาครัฐ")
                .bulleted("บริการที่เปิดให้ประชาชนใช้")
                .bytes();

        Violation refusal = refusal(docx, "ร่าง.docx");

        assertThat(refusal.code()).isEqualTo("draft.no-clauses");
        assertThat(refusal.message()).contains("«ร่าง.docx»", "4 ขอบข่าย", "ข้อ ๑");
        assertThat(refusal.message(Locale.ENGLISH)).contains("\"ร่าง.docx\"", "4 paragraphs");
    }

    @Test
    void refusesAClauseNumberUsedTwiceNamingBothPlaces() {
        byte[] docx = new DraftDocx()
                .paragraph("4 ข้อกำหนด")
                .paragraph("4.1 การควบคุมการเข้าถึง")
                .paragraph("ต้องควบคุมการเข้าถึงตามบทบาท")
                .paragraph("4.2 การเข้ารหัสข้อมูล")
                .paragraph("ต้องเข้ารหัส")
                .paragraph("4.1 การสำรองข้อมูล")
                .paragraph("ต้องสำรองข้อมูลทุกวัน")
                .bytes();

        Violation refusal = refusal(docx, "ร่าง.docx");

        assertThat(refusal.code()).isEqualTo("draft.clause-repeated");
        assertThat(refusal.message()).contains("4.1", "ลำดับที่ 2", "«การควบคุมการเข้าถึง»", "ลำดับที่ 4", "«การสำรองข้อมูล»");
    }

    @Test
    void refusesADuplicateThatWordsAutomaticNumberingHides() {
        byte[] docx = new DraftDocx()
                .numbered(1, "ขอบข่าย")
                .paragraph("มาตรฐานนี้ใช้กับบริการดิจิทัลภาครัฐ")
                .paragraph("2 บทนิยาม")
                .numbered(1, "ข้อกำหนด")
                .paragraph("ต้องควบคุมการเข้าถึง")
                .bytes();

        assertThat(refusal(docx, "ร่าง.docx").message()).contains("ข้อ 2", "«บทนิยาม»", "«ข้อกำหนด»");
    }

    @Test
    void refusesMoreClausesThanTheLimitSayingTheLimit() {
        DraftDocx draft = new DraftDocx();
        for (int i = 1; i <= 11; i++) {
            draft.paragraph(i + " ข้อกำหนดที่ " + i).paragraph("ต้องปฏิบัติ");
        }

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> new ClauseReader(10).text(new ByteArrayInputStream(draft.bytes()), "ร่าง.docx"));

        assertThat(refused.violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("draft.too-many-clauses");
            assertThat(v.message()).contains("10 ข้อ");
        });
    }

    @Test
    void callsAFileWithoutANameTheDraftStandard() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> ClauseReader.read(new ByteArrayInputStream(new byte[0])));

        assertThat(refused.violations().get(0).message()).contains("«ร่างมาตรฐาน»");
        assertThat(refused.violations().get(0).message(Locale.ENGLISH)).contains("\"draft standard\"");
    }

    // size

    @Test
    void readsEveryClauseOfATwoHundredPageDraft() {
        DraftText draft = read(DraftDocx.large(200));

        assertThat(draft.clauses()).hasSize(1610);
        assertThat(draft.clause("10.20.7")).isPresent();
    }

    private static DraftText read(DraftDocx docx) {
        return read(docx.bytes());
    }

    private static DraftText read(byte[] docx) {
        return ClauseReader.read(new ByteArrayInputStream(docx), "ร่าง.docx");
    }

    private static Violation refusal(byte[] bytes, String fileName) {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> ClauseReader.read(new ByteArrayInputStream(bytes), fileName));
        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.violations()).hasSize(1);
        return refused.violations().get(0);
    }
}
