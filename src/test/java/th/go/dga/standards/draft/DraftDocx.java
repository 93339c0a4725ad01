package th.go.dga.standards.draft;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtContentBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Thai drafts as Word files, made in memory with the parts Word writes: paragraph styles, list definitions in the
 * numbering part, tables, footnotes and a table of contents in a content control. Levels are counted from 1, as a
 * person says "level 1".
 */
public final class DraftDocx {

    private static final String FONT = "TH SarabunPSK";

    private final XWPFDocument document = new XWPFDocument();
    private final XWPFStyles styles = document.createStyles();
    private final XWPFNumbering numbering = document.createNumbering();
    private final Set<String> definedStyles = new HashSet<>();
    private int abstractIds;
    private BigInteger clauseList;
    private BigInteger outlineList;
    private BigInteger bulletList;
    private BigInteger itemList;
    private BigInteger khoList;

    /** A title paragraph in Word's "Title" style. */
    public DraftDocx title(String text) {
        return styled("Title", "Title", text);
    }

    /** A paragraph in Word's built-in "heading N" style, its text as given, number included. */
    public DraftDocx heading(int level, String text) {
        return styled("Heading" + level, "heading " + level, text);
    }

    /** A paragraph in a heading style named as Thai Word names it ("หัวเรื่อง 1"), with an id that says nothing. */
    public DraftDocx thaiHeading(int level, String text) {
        return styled("a" + level, "หัวเรื่อง " + level, text);
    }

    /**
     * A heading whose number comes from its style, as Word's multilevel list linked to the heading styles does: the
     * text holds no number.
     */
    public DraftDocx outlineHeading(int level, String text) {
        String id = "OutlineHeading" + level;
        if (definedStyles.add(id)) {
            CTStyle style = style(id, "Outline Heading " + level);
            CTNumPr numPr = style.addNewPPr().addNewNumPr();
            numPr.addNewNumId().setVal(outlineList());
            numPr.addNewIlvl().setVal(BigInteger.valueOf(level - 1L));
            styles.addStyle(new XWPFStyle(style, styles));
        }
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(id);
        run(paragraph, text);
        return this;
    }

    /** A paragraph of plain text. */
    public DraftDocx paragraph(String text) {
        run(document.createParagraph(), text);
        return this;
    }

    /** A paragraph all in bold, as a heading typed without a heading style. */
    public DraftDocx bold(String text) {
        XWPFRun run = run(document.createParagraph(), text);
        run.setBold(true);
        run.setComplexScriptBold(true);
        return this;
    }

    /** A paragraph whose bold number and plain text are separate runs, as Word keeps them. */
    public DraftDocx boldNumber(String number, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        XWPFRun run = run(paragraph, number);
        run.setBold(true);
        run.setComplexScriptBold(true);
        run(paragraph, " " + text);
        return this;
    }

    /** A paragraph of Word's multilevel list {@code 1}, {@code 1.1}, {@code 1.1.1}: the number is not in the text. */
    public DraftDocx numbered(int level, String text) {
        if (clauseList == null) {
            clauseList = list(STNumberFormat.DECIMAL, "%1", "%1.%2", "%1.%2.%3", "%1.%2.%3.%4");
        }
        return listed(clauseList, level, text);
    }

    /**
     * From here on, the clause list restarts its first level at {@code start}, as "Set numbering value" in Word does:
     * a new list on the same definition, with a start override.
     */
    public DraftDocx restartNumbering(int start) {
        BigInteger abstractId = numbering.getNum(clauseList).getCTNum().getAbstractNumId().getVal();
        clauseList = numbering.addNum(abstractId);
        CTNumLvl override = numbering.getNum(clauseList).getCTNum().addNewLvlOverride();
        override.setIlvl(BigInteger.ZERO);
        override.addNewStartOverride().setVal(BigInteger.valueOf(start));
        return this;
    }

    /** A paragraph of a list labelled "ข้อ ๑", "ข้อ ๒" in Thai digits, as regulations are numbered. */
    public DraftDocx khoNumbered(String text) {
        if (khoList == null) {
            khoList = list(STNumberFormat.THAI_NUMBERS, "ข้อ %1");
        }
        return listed(khoList, 1, text);
    }

    /** A bulleted paragraph. */
    public DraftDocx bulleted(String text) {
        if (bulletList == null) {
            bulletList = list(STNumberFormat.BULLET, "•");
        }
        return listed(bulletList, 1, text);
    }

    /** An item of a list labelled {@code (1)}, {@code (2)}, as requirements are listed inside a clause. */
    public DraftDocx item(String text) {
        if (itemList == null) {
            itemList = list(STNumberFormat.DECIMAL, "(%1)");
        }
        return listed(itemList, 1, text);
    }

    /** A table; the first row is its header. */
    public DraftDocx table(List<List<String>> rows) {
        XWPFTable table = document.createTable(rows.size(), rows.get(0).size());
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            for (int c = 0; c < rows.get(r).size(); c++) {
                XWPFParagraph cell = row.getCell(c).getParagraphs().get(0);
                run(cell, rows.get(r).get(c));
            }
        }
        return this;
    }

    /** A paragraph with a footnote, its reference mark at the end of the text. */
    public DraftDocx footnoted(String text, String footnote) {
        XWPFParagraph paragraph = document.createParagraph();
        run(paragraph, text);
        XWPFFootnote note = document.createFootnote();
        run(note.createParagraph(), footnote);
        paragraph.addFootnoteReference(note);
        return this;
    }

    /**
     * A table of contents as Word inserts it: a content control holding a "TOC Heading" paragraph and one "toc N"
     * paragraph an entry, each a heading's number and words, a tab and a page number.
     */
    public DraftDocx tableOfContents(String... entries) {
        defineStyle("TOCHeading", "TOC Heading");
        defineStyle("TOC1", "toc 1");
        CTSdtBlock control = document.getDocument().getBody().addNewSdt();
        control.addNewSdtPr().addNewDocPartObj().addNewDocPartGallery().setVal("Table of Contents");
        controlParagraph(control, "TOCHeading", "สารบัญ");
        for (String entry : entries) {
            controlParagraph(control, "TOC1", entry);
        }
        return this;
    }

    /** Plain paragraphs wrapped in a content control, as templates with fill-in fields have them. */
    public DraftDocx inContentControl(String... paragraphs) {
        CTSdtBlock control = document.getDocument().getBody().addNewSdt();
        control.addNewSdtPr().addNewTag().setVal("draft-body");
        for (String text : paragraphs) {
            controlParagraph(control, null, text);
        }
        return this;
    }

    public byte[] bytes() {
        try (document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A draft of about {@code pages} A4 pages as DGA standards are laid out: every page a sub-clause heading in a
     * heading style, seven requirements typed with their numbers each followed by two paragraphs of explanation, every
     * twentieth page a new chapter, every tenth a small table. Two hundred pages make about 4,400 paragraphs and 1,600
     * clauses.
     */
    public static byte[] large(int pages) {
        DraftDocx draft = new DraftDocx()
                .title("มาตรฐานสำนักงานพัฒนารัฐบาลดิจิทัล ว่าด้วยการรักษาความมั่นคงปลอดภัยของระบบบริการดิจิทัลภาครัฐ")
                .paragraph("มาตรฐานนี้จัดทำขึ้นเพื่อให้หน่วยงานของรัฐใช้เป็นแนวทางในการออกแบบ พัฒนา และดูแลระบบบริการดิจิทัล");
        int chapter = 0;
        int section = 0;
        for (int page = 0; page < pages; page++) {
            if (page % 20 == 0) {
                chapter++;
                section = 0;
                draft.heading(1, chapter + " " + Thai.CHAPTERS.get(chapter % Thai.CHAPTERS.size()));
            }
            section++;
            draft.heading(2, chapter + "." + section + " " + Thai.SECTIONS.get(page % Thai.SECTIONS.size()));
            for (int k = 1; k <= 7; k++) {
                draft.paragraph(chapter + "." + section + "." + k + " " + Thai.REQUIREMENTS.get((page + k) % Thai.REQUIREMENTS.size()));
                draft.paragraph(Thai.EXPLANATIONS.get((page * 7 + k) % Thai.EXPLANATIONS.size()));
                draft.paragraph(Thai.EXPLANATIONS.get((page * 7 + k + 1) % Thai.EXPLANATIONS.size()));
            }
            if (page % 10 == 9) {
                draft.table(List.of(List.of("ระดับ", "ความหมาย", "ตัวอย่างบริการ"),
                        List.of("IAL1", "ไม่ต้องพิสูจน์ตัวตน", "การสมัครรับข่าวสาร"),
                        List.of("IAL2", "พิสูจน์ตัวตนด้วยเอกสารแสดงตน", "การยื่นคำขออนุญาต")));
            }
        }
        return draft.bytes();
    }

    /** Words of a digital-government standard, for drafts of any length. */
    private static final class Thai {

        static final List<String> CHAPTERS = List.of("ข้อกำหนดทั่วไป", "การพิสูจน์และยืนยันตัวตน", "การคุ้มครองข้อมูลส่วนบุคคล",
                "การบริหารจัดการความเสี่ยง", "การเชื่อมโยงและแลกเปลี่ยนข้อมูล");

        static final List<String> SECTIONS = List.of("การควบคุมการเข้าถึง", "การเข้ารหัสข้อมูล", "การบันทึกประวัติการใช้งาน",
                "การสำรองข้อมูล", "การทดสอบระบบ", "การแจ้งเหตุละเมิด");

        static final List<String> REQUIREMENTS = List.of(
                "ผู้ให้บริการต้องจัดให้มีมาตรการรักษาความมั่นคงปลอดภัยของข้อมูลส่วนบุคคลที่เหมาะสม เพื่อป้องกันการสูญหาย การเข้าถึง การใช้ การเปลี่ยนแปลง การแก้ไข หรือการเปิดเผยข้อมูลโดยไม่มีสิทธิหรือโดยไม่ชอบด้วยกฎหมาย",
                "หน่วยงานของรัฐควรกำหนดระดับความน่าเชื่อถือของการพิสูจน์และยืนยันตัวตนทางดิจิทัลให้สอดคล้องกับความเสี่ยงของบริการ และทบทวนการประเมินความเสี่ยงอย่างน้อยปีละหนึ่งครั้ง",
                "ระบบต้องบันทึกประวัติการเข้าถึงข้อมูลโดยระบุผู้ใช้งาน วันและเวลา และรายการที่ดำเนินการ และเก็บรักษาไว้ไม่น้อยกว่าเก้าสิบวัน",
                "ข้อมูลที่ส่งผ่านเครือข่ายสาธารณะต้องเข้ารหัสด้วยโปรโตคอล TLS รุ่น 1.2 ขึ้นไป และต้องไม่ใช้ชุดการเข้ารหัสที่ประกาศว่าไม่ปลอดภัยแล้ว",
                "ผู้ดูแลระบบต้องยืนยันตัวตนแบบหลายปัจจัยทุกครั้งที่เข้าถึงระบบจากภายนอกเครือข่ายของหน่วยงาน");

        static final List<String> EXPLANATIONS = List.of(
                "ทั้งนี้ ให้พิจารณาจากประเภทของข้อมูล ผลกระทบที่อาจเกิดขึ้นต่อเจ้าของข้อมูล และทรัพยากรที่หน่วยงานมีอยู่ประกอบกัน",
                "หมายเหตุ หน่วยงานอาจใช้แนวปฏิบัติที่สำนักงานพัฒนารัฐบาลดิจิทัลเผยแพร่เป็นแนวทางในการดำเนินการตามข้อนี้",
                "การดำเนินการตามข้อนี้ต้องจัดทำเป็นลายลักษณ์อักษร และได้รับความเห็นชอบจากผู้บริหารเทคโนโลยีสารสนเทศระดับสูงของหน่วยงาน",
                "ในกรณีที่มีการเปลี่ยนแปลงระบบอย่างมีนัยสำคัญ ให้ทบทวนมาตรการตามข้อนี้ภายในสามสิบวันนับแต่วันที่มีการเปลี่ยนแปลง");
    }

    private DraftDocx listed(BigInteger numId, int level, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setNumID(numId);
        paragraph.setNumILvl(BigInteger.valueOf(level - 1L));
        run(paragraph, text);
        return this;
    }

    private DraftDocx styled(String id, String name, String text) {
        defineStyle(id, name);
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(id);
        run(paragraph, text);
        return this;
    }

    private void defineStyle(String id, String name) {
        if (definedStyles.add(id)) {
            styles.addStyle(new XWPFStyle(style(id, name), styles));
        }
    }

    private static CTStyle style(String id, String name) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewBasedOn().setVal("Normal");
        style.addNewRPr().addNewB();
        return style;
    }

    private BigInteger outlineList() {
        if (outlineList == null) {
            outlineList = list(STNumberFormat.DECIMAL, "%1", "%1.%2", "%1.%2.%3");
        }
        return outlineList;
    }

    /** A list definition, one level a pattern, and a list that uses it. */
    private BigInteger list(STNumberFormat.Enum format, String... levelTexts) {
        CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
        definition.setAbstractNumId(BigInteger.valueOf(abstractIds++));
        for (int i = 0; i < levelTexts.length; i++) {
            CTLvl level = definition.addNewLvl();
            level.setIlvl(BigInteger.valueOf(i));
            level.addNewStart().setVal(BigInteger.ONE);
            level.addNewNumFmt().setVal(format);
            level.addNewLvlText().setVal(levelTexts[i]);
            CTPPrGeneral indent = level.addNewPPr();
            indent.addNewInd().setLeft(BigInteger.valueOf(360L * (i + 1)));
        }
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(definition, numbering));
        return numbering.addNum(abstractId);
    }

    private void controlParagraph(CTSdtBlock control, String styleId, String text) {
        CTSdtContentBlock content = control.isSetSdtContent() ? control.getSdtContent() : control.addNewSdtContent();
        CTP paragraph = content.addNewP();
        if (styleId != null) {
            paragraph.addNewPPr().addNewPStyle().setVal(styleId);
        }
        CTR run = paragraph.addNewR();
        run.addNewT().setStringValue(text);
    }

    /** The text in runs of Thai type, a tab where the text has one, as Word writes a tab. */
    private static XWPFRun run(XWPFParagraph paragraph, String text) {
        XWPFRun run = null;
        String[] tabbed = text.split("\t", -1);
        for (int i = 0; i < tabbed.length; i++) {
            if (i > 0) {
                paragraph.createRun().addTab();
            }
            run = paragraph.createRun();
            run.setFontFamily(FONT);
            run.setFontFamily(FONT, XWPFRun.FontCharRange.cs);
            run.setText(tabbed[i]);
        }
        return run;
    }
}
