package th.go.dga.standards.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The demo's draft standards as Word files, laid out as the agency's drafts are: title paragraphs and an introduction,
 * then clauses whose numbers are typed in the text, chapters and sections in Word's heading styles, definitions and
 * levels as bold lines over their text, requirements as plain numbered paragraphs, a table and a note. The text is
 * made up for the demo.
 */
final class DemoDraft {

    /** The file name the working group sends the draft of part 5 under. */
    static final String SERVICE_LEVELS_FILE = "ร่าง มสพร. 6-5 การจัดระดับบริการดิจิทัลภาครัฐ v1.0.docx";

    /** The file name of the draft on application forms. */
    static final String APPLICATION_FORMS_FILE = "ร่าง มสพร. 7 แบบฟอร์มคำขอทางดิจิทัล v1.0.docx";

    private static final String FONT = "TH SarabunPSK";

    /** Sizes in half points, as Word keeps them. */
    private static final int BODY_SIZE = 32;
    private static final int HEADING_1_SIZE = 36;
    private static final int TITLE_SIZE = 40;

    private DemoDraft() {
    }

    /**
     * The draft of มสพร. 6 part 5, on how government digital services are rated in levels: about four A4 pages, 21
     * clauses.
     */
    static byte[] serviceLevels() {
        return new Docx()
                .title("(ร่าง) มาตรฐานสำนักงานพัฒนารัฐบาลดิจิทัล")
                .title("ว่าด้วยแนวปฏิบัติกระบวนการทางดิจิทัลภาครัฐ ส่วนที่ 5 : การจัดระดับบริการดิจิทัลภาครัฐ")
                .centred("ฉบับร่างเพื่อรับฟังความคิดเห็น เวอร์ชัน 1.0")
                .centred("สำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน)")
                .heading(1, "คำนำ")
                .paragraph("สำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน) ได้จัดทำมาตรฐานว่าด้วยแนวปฏิบัติกระบวนการทางดิจิทัลภาครัฐ "
                        + "เพื่อเป็นแนวทางให้หน่วยงานของรัฐจัดทำกระบวนการและการให้บริการทางดิจิทัลตามพระราชบัญญัติการปฏิบัติราชการ"
                        + "ทางอิเล็กทรอนิกส์ พ.ศ. 2565 โดยส่วนที่ 1 ถึงส่วนที่ 4 ได้ประกาศใช้แล้วในปี พ.ศ. 2566")
                .paragraph("ส่วนที่ 5 นี้กำหนดหลักเกณฑ์และขั้นตอนการจัดระดับบริการดิจิทัลภาครัฐ เพื่อให้หน่วยงานของรัฐประเมินระดับบริการ"
                        + "ของตนด้วยเกณฑ์เดียวกัน วางแผนยกระดับบริการได้อย่างเป็นขั้นตอน และให้ผู้รับบริการทราบว่าบริการใดดำเนินการ"
                        + "ทางดิจิทัลได้ถึงขั้นใด")
                .paragraph("ร่างมาตรฐานฉบับนี้เผยแพร่เพื่อรับฟังความคิดเห็นจากหน่วยงานของรัฐ ภาคเอกชน และประชาชน "
                        + "เนื้อหาอาจเปลี่ยนแปลงตามผลการรับฟังความคิดเห็น")

                .heading(1, "1 ขอบข่าย")
                .paragraph("มาตรฐานนี้กำหนดหลักเกณฑ์และขั้นตอนการจัดระดับบริการดิจิทัลของหน่วยงานของรัฐที่ให้บริการแก่ประชาชน"
                        + "หรือผู้ประกอบการในลักษณะการขออนุญาต การขอรับบริการ หรือการติดต่อราชการอื่นที่มีการยื่นคำขอ")
                .paragraph("มาตรฐานนี้ไม่ครอบคลุมการประเมินคุณภาพของระบบเทคโนโลยีสารสนเทศ ความมั่นคงปลอดภัยไซเบอร์ "
                        + "และการคุ้มครองข้อมูลส่วนบุคคล ซึ่งให้เป็นไปตามมาตรฐานและกฎหมายที่เกี่ยวข้อง")

                .heading(1, "2 บทนิยาม")
                .paragraph("ในมาตรฐานนี้")
                .bold("2.1 บริการดิจิทัลภาครัฐ")
                .paragraph("บริการที่หน่วยงานของรัฐให้แก่ประชาชนหรือผู้ประกอบการ โดยผู้รับบริการดำเนินการได้ทั้งหมดหรือบางขั้นตอน"
                        + "ผ่านช่องทางดิจิทัล เช่น เว็บไซต์ แอปพลิเคชัน หรือระบบเชื่อมโยงข้อมูลระหว่างหน่วยงาน")
                .bold("2.2 ระดับบริการ")
                .paragraph("ขั้นของความสามารถในการให้บริการทางดิจิทัล ตั้งแต่การให้ข้อมูลเกี่ยวกับบริการ จนถึงการให้บริการแบบครบวงจร"
                        + "โดยผู้รับบริการไม่ต้องติดต่อหน่วยงานด้วยตนเอง")
                .bold("2.3 ผู้รับบริการ")
                .paragraph("ประชาชน ผู้ประกอบการ หรือหน่วยงานอื่น ที่ยื่นคำขอหรือติดต่อขอรับบริการจากหน่วยงานของรัฐ")
                .bold("2.4 การประเมินตนเอง")
                .paragraph("การที่หน่วยงานผู้ให้บริการประเมินระดับบริการของตนตามหลักเกณฑ์ในข้อ 3 "
                        + "โดยใช้แบบประเมินที่สำนักงานพัฒนารัฐบาลดิจิทัลกำหนด")

                .heading(1, "3 หลักเกณฑ์การจัดระดับบริการ")
                .paragraph("หน่วยงานของรัฐต้องจัดระดับบริการแต่ละบริการแยกจากกัน โดยพิจารณาจากขั้นตอนที่ผู้รับบริการดำเนินการ"
                        + "ได้ทางดิจิทัลจริง ณ วันที่ประเมิน มิใช่จากแผนงานหรือระบบที่อยู่ระหว่างการพัฒนา")
                .heading(2, "3.1 องค์ประกอบของการประเมิน")
                .paragraph("การจัดระดับบริการพิจารณาจากองค์ประกอบ 4 ด้าน ดังนี้")
                .paragraph("(1) การเข้าถึงข้อมูลบริการ ได้แก่ ขั้นตอน ระยะเวลา ค่าธรรมเนียม และเอกสารที่ต้องใช้")
                .paragraph("(2) การยื่นคำขอและเอกสารประกอบทางดิจิทัล")
                .paragraph("(3) การพิจารณา การชำระค่าธรรมเนียม และการติดตามสถานะคำขอทางดิจิทัล")
                .paragraph("(4) การแจ้งผลและการออกใบอนุญาตหรือเอกสารผลการพิจารณาในรูปแบบดิจิทัล")
                .heading(2, "3.2 ระดับบริการ")
                .paragraph("บริการดิจิทัลภาครัฐแบ่งออกเป็น 4 ระดับ ตามตารางที่ 1 บริการหนึ่งจะจัดอยู่ในระดับใดได้ต่อเมื่อเป็นไป"
                        + "ตามหลักเกณฑ์ของระดับนั้นและของทุกระดับที่ต่ำกว่า")
                .centred("ตารางที่ 1 ระดับบริการดิจิทัลภาครัฐ")
                .table(List.of(
                        List.of("ระดับ", "ชื่อระดับ", "สิ่งที่ผู้รับบริการดำเนินการทางดิจิทัลได้"),
                        List.of("ระดับที่ 1", "การให้ข้อมูล", "ค้นหาและอ่านข้อมูลบริการ ดาวน์โหลดแบบฟอร์มคำขอ"),
                        List.of("ระดับที่ 2", "การยื่นคำขอ", "ยื่นคำขอและแนบเอกสารประกอบ"),
                        List.of("ระดับที่ 3", "การดำเนินการ", "ติดตามสถานะคำขอ ชำระค่าธรรมเนียม และรับแจ้งผลการพิจารณา"),
                        List.of("ระดับที่ 4", "บริการครบวงจร", "รับใบอนุญาตหรือผลการพิจารณาในรูปแบบดิจิทัล "
                                + "โดยไม่ต้องติดต่อหน่วยงานด้วยตนเองในขั้นตอนใด")))
                .bold("3.2.1 ระดับที่ 1 การให้ข้อมูล")
                .paragraph("หน่วยงานของรัฐต้องเผยแพร่ข้อมูลบริการผ่านช่องทางดิจิทัลอย่างน้อยหนึ่งช่องทาง โดยข้อมูลต้องครบถ้วน"
                        + "ตามคู่มือสำหรับประชาชนและเป็นปัจจุบัน และต้องให้ดาวน์โหลดแบบฟอร์มคำขอได้โดยไม่ต้องลงทะเบียน")
                .bold("3.2.2 ระดับที่ 2 การยื่นคำขอทางดิจิทัล")
                .paragraph("หน่วยงานของรัฐต้องให้ผู้รับบริการยื่นคำขอและแนบเอกสารประกอบทางดิจิทัลได้ และต้องไม่เรียกสำเนาเอกสาร"
                        + "ที่ทางราชการออกให้ซึ่งหน่วยงานตรวจสอบได้จากระบบเชื่อมโยงข้อมูล")
                .bold("3.2.3 ระดับที่ 3 การดำเนินการทางดิจิทัล")
                .paragraph("หน่วยงานของรัฐต้องให้ผู้รับบริการติดตามสถานะคำขอ ชำระค่าธรรมเนียมทางอิเล็กทรอนิกส์ และรับแจ้งผล"
                        + "การพิจารณาทางดิจิทัลได้ โดยต้องแจ้งสถานะทุกครั้งที่คำขอเปลี่ยนขั้นตอน")
                .bold("3.2.4 ระดับที่ 4 บริการครบวงจร")
                .paragraph("หน่วยงานของรัฐต้องออกใบอนุญาตหรือเอกสารผลการพิจารณาเป็นข้อมูลอิเล็กทรอนิกส์ที่ตรวจสอบความถูกต้องได้ "
                        + "และผู้รับบริการต้องไม่จำเป็นต้องติดต่อหน่วยงานด้วยตนเองในขั้นตอนใดของบริการ")
                .heading(2, "3.3 ระดับเป้าหมาย")
                .paragraph("หน่วยงานของรัฐควรกำหนดระดับเป้าหมายของแต่ละบริการไว้ในแผนปฏิบัติการด้านดิจิทัลของหน่วยงาน "
                        + "โดยบริการที่มีผู้ยื่นคำขอมากกว่าหนึ่งหมื่นรายต่อปีควรมีระดับเป้าหมายไม่ต่ำกว่าระดับที่ 3")
                .paragraph("หมายเหตุ บริการที่กฎหมายกำหนดให้ผู้รับบริการต้องแสดงตนต่อเจ้าหน้าที่ อาจกำหนดระดับเป้าหมายต่ำกว่า"
                        + "ที่กำหนดในข้อนี้ได้ โดยให้ระบุเหตุผลไว้ในแผนปฏิบัติการ")

                .heading(1, "4 ขั้นตอนการประเมิน")
                .paragraph("การประเมินระดับบริการประกอบด้วยการประเมินตนเอง การทวนสอบผลการประเมิน และการเผยแพร่ผลการประเมิน ตามลำดับ")
                .heading(2, "4.1 การประเมินตนเอง")
                .paragraph("หน่วยงานของรัฐต้องประเมินระดับบริการทุกบริการที่อยู่ในขอบข่ายของมาตรฐานนี้ด้วยแบบประเมินตนเอง"
                        + "อย่างน้อยปีละหนึ่งครั้ง และต้องเก็บหลักฐานประกอบการประเมิน เช่น ภาพหน้าจอ สถิติการใช้งาน "
                        + "หรือรายงานจากระบบ ไว้ไม่น้อยกว่าสามปี")
                .heading(2, "4.2 การทวนสอบผลการประเมิน")
                .paragraph("4.2.1 สำนักงานพัฒนารัฐบาลดิจิทัลอาจสุ่มทวนสอบผลการประเมินตนเองของหน่วยงานของรัฐ "
                        + "โดยแจ้งให้หน่วยงานทราบล่วงหน้าไม่น้อยกว่าสิบห้าวัน")
                .paragraph("4.2.2 ในกรณีที่ผลการทวนสอบต่างจากผลการประเมินตนเอง ให้ใช้ผลการทวนสอบ และหน่วยงานของรัฐต้องปรับปรุง"
                        + "ผลการประเมินที่เผยแพร่ภายในสามสิบวันนับแต่วันที่ได้รับแจ้ง")
                .heading(2, "4.3 การเผยแพร่ผลการประเมิน")
                .paragraph("หน่วยงานของรัฐต้องเผยแพร่ระดับบริการของแต่ละบริการไว้ในหน้าข้อมูลบริการ พร้อมวันที่ประเมินครั้งล่าสุด "
                        + "เพื่อให้ผู้รับบริการทราบว่าดำเนินการทางดิจิทัลได้ถึงขั้นตอนใด")

                .heading(1, "5 การทบทวน")
                .paragraph("สำนักงานพัฒนารัฐบาลดิจิทัลจะทบทวนมาตรฐานนี้อย่างน้อยทุกสามปี หรือเมื่อมีการเปลี่ยนแปลงกฎหมายหรือเทคโนโลยี"
                        + "ที่มีผลต่อหลักเกณฑ์การจัดระดับบริการ โดยรับฟังความคิดเห็นจากหน่วยงานของรัฐและผู้รับบริการประกอบการทบทวน")
                .bytes("(ร่าง) มาตรฐานสำนักงานพัฒนารัฐบาลดิจิทัล ว่าด้วยแนวปฏิบัติกระบวนการทางดิจิทัลภาครัฐ ส่วนที่ 5 : "
                        + "การจัดระดับบริการดิจิทัลภาครัฐ");
    }

    /** A shorter draft, on how digital application forms are designed: nine clauses. */
    static byte[] applicationForms() {
        return new Docx()
                .title("(ร่าง) มาตรฐานสำนักงานพัฒนารัฐบาลดิจิทัล")
                .title("ว่าด้วยแนวทางการออกแบบแบบฟอร์มคำขอทางดิจิทัลสำหรับบริการภาครัฐ")
                .centred("ฉบับร่างเพื่อเสนอคณะทำงานเทคนิค เวอร์ชัน 1.0")
                .paragraph("ร่างมาตรฐานนี้จัดทำขึ้นเพื่อให้แบบฟอร์มคำขอของหน่วยงานของรัฐกรอกได้ง่าย ถูกต้องตั้งแต่ครั้งแรก "
                        + "และไม่ขอข้อมูลที่ทางราชการมีอยู่แล้วจากผู้รับบริการซ้ำอีก")

                .heading(1, "1 ขอบข่าย")
                .paragraph("มาตรฐานนี้กำหนดแนวทางการออกแบบแบบฟอร์มคำขอที่ผู้รับบริการกรอกทางดิจิทัล ทั้งบนเว็บไซต์"
                        + "และแอปพลิเคชันของหน่วยงานของรัฐ")
                .heading(1, "2 บทนิยาม")
                .bold("2.1 แบบฟอร์มคำขอทางดิจิทัล")
                .paragraph("แบบฟอร์มที่ผู้รับบริการกรอกและส่งผ่านช่องทางดิจิทัลเพื่อยื่นคำขอต่อหน่วยงานของรัฐ")
                .bold("2.2 ข้อมูลที่ทางราชการมีอยู่แล้ว")
                .paragraph("ข้อมูลที่หน่วยงานของรัฐแห่งใดแห่งหนึ่งจัดเก็บไว้ และเปิดให้หน่วยงานอื่นเรียกใช้ได้ผ่านระบบเชื่อมโยงข้อมูล")
                .heading(1, "3 หลักการออกแบบ")
                .heading(2, "3.1 การขอข้อมูลเท่าที่จำเป็น")
                .paragraph("แบบฟอร์มต้องขอเฉพาะข้อมูลที่จำเป็นต่อการพิจารณาคำขอ และต้องไม่ขอข้อมูลที่ทางราชการมีอยู่แล้วซ้ำ")
                .heading(2, "3.2 ภาษาและการแจ้งข้อผิดพลาด")
                .paragraph("ทุกช่องของแบบฟอร์มต้องมีชื่อช่องเป็นภาษาไทยที่เข้าใจง่าย และต้องแจ้งข้อผิดพลาดไว้ข้างช่องที่กรอกผิด"
                        + "พร้อมวิธีแก้ไข")
                .heading(2, "3.3 การเข้าถึงได้")
                .paragraph("แบบฟอร์มต้องใช้งานได้ด้วยแป้นพิมพ์และโปรแกรมอ่านหน้าจอ และเป็นไปตามมาตรฐานเว็บไซต์ภาครัฐ"
                        + "ในส่วนที่เกี่ยวกับการเข้าถึงได้")
                .heading(1, "4 การทดสอบกับผู้ใช้งาน")
                .paragraph("หน่วยงานของรัฐต้องทดสอบแบบฟอร์มกับผู้รับบริการจริงอย่างน้อยห้าคนก่อนเปิดให้บริการ "
                        + "และทุกครั้งที่มีการเปลี่ยนแปลงช่องข้อมูลอย่างมีนัยสำคัญ")
                .bytes("(ร่าง) มาตรฐานสำนักงานพัฒนารัฐบาลดิจิทัล ว่าด้วยแนวทางการออกแบบแบบฟอร์มคำขอทางดิจิทัลสำหรับบริการภาครัฐ");
    }

    /** A Word document with the styles the drafts use: Normal in Thai type, Title, and headings 1 and 2. */
    private static final class Docx {

        private final XWPFDocument document = new XWPFDocument();

        Docx() {
            XWPFStyles styles = document.createStyles();
            styles.addStyle(new XWPFStyle(normal(), styles));
            styles.addStyle(new XWPFStyle(style("Title", "Title", TITLE_SIZE, null), styles));
            // names as Word's built-in heading styles have them, outline levels as Word gives them
            styles.addStyle(new XWPFStyle(style("Heading1", "heading 1", HEADING_1_SIZE, 0), styles));
            styles.addStyle(new XWPFStyle(style("Heading2", "heading 2", BODY_SIZE, 1), styles));
            a4();
        }

        Docx title(String text) {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setStyle("Title");
            paragraph.setAlignment(ParagraphAlignment.CENTER);
            paragraph.createRun().setText(text);
            return this;
        }

        Docx centred(String text) {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setAlignment(ParagraphAlignment.CENTER);
            paragraph.createRun().setText(text);
            return this;
        }

        Docx heading(int level, String text) {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setStyle("Heading" + level);
            paragraph.createRun().setText(text);
            return this;
        }

        /** A line all in bold: a term over its definition, a level over its requirement. */
        Docx bold(String text) {
            XWPFRun run = document.createParagraph().createRun();
            run.setBold(true);
            run.setComplexScriptBold(true);
            run.setText(text);
            return this;
        }

        Docx paragraph(String text) {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setAlignment(ParagraphAlignment.THAI_DISTRIBUTE);
            paragraph.createRun().setText(text);
            return this;
        }

        /** A table with borders across the page; the first row is its header, in bold. */
        Docx table(List<List<String>> rows) {
            XWPFTable table = document.createTable(rows.size(), rows.get(0).size());
            table.setWidth("100%");
            for (int r = 0; r < rows.size(); r++) {
                XWPFTableRow row = table.getRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    XWPFRun run = row.getCell(c).getParagraphs().get(0).createRun();
                    run.setText(rows.get(r).get(c));
                    if (r == 0) {
                        run.setBold(true);
                        run.setComplexScriptBold(true);
                    }
                }
            }
            return this;
        }

        byte[] bytes(String title) {
            document.getProperties().getCoreProperties().setTitle(title);
            document.getProperties().getCoreProperties().setCreator("คณะทำงานด้านมาตรฐานกระบวนการและการดำเนินงานทางดิจิทัลภาครัฐ");
            try (document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                document.write(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** A4, with margins of one inch. */
        private void a4() {
            CTSectPr section = document.getDocument().getBody().addNewSectPr();
            CTPageSz size = section.addNewPgSz();
            size.setW(BigInteger.valueOf(11906));
            size.setH(BigInteger.valueOf(16838));
            CTPageMar margins = section.addNewPgMar();
            BigInteger inch = BigInteger.valueOf(1440);
            margins.setTop(inch);
            margins.setBottom(inch);
            margins.setLeft(inch);
            margins.setRight(inch);
        }

        private static CTStyle normal() {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId("Normal");
            style.setType(STStyleType.PARAGRAPH);
            style.setDefault(true);
            style.addNewName().setVal("Normal");
            style.addNewQFormat();
            CTRPr run = style.addNewRPr();
            CTFonts fonts = run.addNewRFonts();
            fonts.setAscii(FONT);
            fonts.setHAnsi(FONT);
            fonts.setCs(FONT);
            run.addNewSz().setVal(BigInteger.valueOf(BODY_SIZE));
            run.addNewSzCs().setVal(BigInteger.valueOf(BODY_SIZE));
            run.addNewLang().setBidi("th-TH");
            return style;
        }

        /** A bold paragraph style based on Normal, with an outline level when it is a heading. */
        private static CTStyle style(String id, String name, int size, Integer outlineLevel) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId(id);
            style.setType(STStyleType.PARAGRAPH);
            style.addNewName().setVal(name);
            style.addNewBasedOn().setVal("Normal");
            style.addNewNext().setVal("Normal");
            style.addNewQFormat();
            CTPPrGeneral paragraph = style.addNewPPr();
            paragraph.addNewKeepNext();
            paragraph.addNewSpacing().setBefore(BigInteger.valueOf(240));
            if (outlineLevel != null) {
                paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
            }
            CTRPr run = style.addNewRPr();
            run.addNewB();
            run.addNewBCs();
            run.addNewSz().setVal(BigInteger.valueOf(size));
            run.addNewSzCs().setVal(BigInteger.valueOf(size));
            return style;
        }
    }
}
