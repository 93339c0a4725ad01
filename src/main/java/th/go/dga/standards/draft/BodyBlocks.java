package th.go.dga.standards.draft;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;

/**
 * The body of a Word file as the reader of a draft sees it: in the order of the document, each paragraph that opens
 * with a clause number, and each paragraph or table of text. Empty paragraphs and the table of contents are left out.
 * Paragraphs inside content controls ({@code w:sdt}, which Word also wraps its table of contents in) are read as if
 * the control were not there; headers, footers, footnotes, comments and text boxes are not read.
 */
final class BodyBlocks {

    /** Word's outline levels 0 to 8 are heading levels; 9 is body text. */
    private static final int BODY_TEXT_LEVEL = 9;

    /** Content controls nested deeper than this are not real documents; their text is left out. */
    private static final int MAX_CONTROL_DEPTH = 16;

    /**
     * A paragraph or table.
     *
     * @param number        the clause number it opens with, or {@code null} for text
     * @param text          what follows the number, or the whole text
     * @param headingStyled whether its style or its outline level makes it a heading
     * @param bold          whether all its text is bold
     * @param table         whether it is a table
     */
    record Block(String number, String text, boolean headingStyled, boolean bold, boolean table) {

        static Block numbered(String number, String text, boolean headingStyled, boolean bold) {
            return new Block(number, text, headingStyled, bold, false);
        }

        static Block text(String text) {
            return new Block(null, text, false, false, false);
        }

        static Block table(String text) {
            return new Block(null, text, false, false, true);
        }

        boolean numbered() {
            return number != null;
        }
    }

    private final XWPFDocument document;
    private final ParagraphStyles styles;
    private final ListNumbering lists;
    private final List<Block> blocks = new ArrayList<>();

    private BodyBlocks(XWPFDocument document) {
        this.document = document;
        this.styles = new ParagraphStyles(document.getStyles());
        this.lists = new ListNumbering(document.getNumbering(), styles);
    }

    static List<Block> of(XWPFDocument document) {
        BodyBlocks body = new BodyBlocks(document);
        CTBody xml = document.getDocument().getBody();
        int controls = 0;
        for (IBodyElement element : document.getBodyElements()) {
            switch (element.getElementType()) {
                case PARAGRAPH -> body.paragraph((XWPFParagraph) element);
                case TABLE -> body.table((XWPFTable) element);
                // POI shows a control's text but not its paragraphs; its XML is the body's next w:sdt
                case CONTENTCONTROL -> body.control(controls < xml.sizeOfSdtArray() ? xml.getSdtArray(controls++) : null, 1);
            }
        }
        return body.blocks;
    }

    private void paragraph(XWPFParagraph paragraph) {
        ParagraphStyles.Style style = styles.of(paragraph.getStyleID());
        if (style.contents()) {
            return;
        }
        CTPPr properties = paragraph.getCTP().getPPr();
        BigInteger numId = style.numId();
        int ilvl = style.ilvl();
        CTNumPr numPr = properties == null ? null : properties.getNumPr();
        if (numPr != null) {
            numId = numPr.getNumId() == null ? numId : numPr.getNumId().getVal();
            ilvl = numPr.getIlvl() == null ? ilvl : ParagraphStyles.level(numPr.getIlvl());
        }
        // counted before the text is read: Word numbers an empty list paragraph too
        String label = numId == null ? null : lists.next(numId, ilvl);
        String text = WordText.of(paragraph);
        if (text.isEmpty()) {
            return;
        }
        boolean heading = style.heading()
                || properties != null && properties.isSetOutlineLvl() && properties.getOutlineLvl().getVal().intValue() < BODY_TEXT_LEVEL;
        if (label != null) {
            String number = ClauseNumbers.ofLabel(label);
            if (number != null) {
                blocks.add(Block.numbered(number, text, heading, WordText.allBold(paragraph)));
            } else {
                // a bullet, or an item such as "(1)" or "ก." inside a clause
                blocks.add(Block.text(label.isEmpty() ? text : label + " " + text));
            }
            return;
        }
        ClauseNumbers.Numbered typed = ClauseNumbers.atStart(text);
        blocks.add(typed == null ? Block.text(text) : Block.numbered(typed.number(), typed.rest(), heading, WordText.allBold(paragraph)));
    }

    private void table(XWPFTable table) {
        String text = WordText.of(table);
        if (!text.isEmpty()) {
            blocks.add(Block.table(text));
        }
    }

    private void control(CTSdtBlock control, int depth) {
        if (control == null || control.getSdtContent() == null || depth > MAX_CONTROL_DEPTH) {
            return;
        }
        try (XmlCursor cursor = control.getSdtContent().newCursor()) {
            cursor.selectPath("./*");
            while (cursor.toNextSelection()) {
                XmlObject child = cursor.getObject();
                if (child instanceof CTP p) {
                    paragraph(new XWPFParagraph(p, document));
                } else if (child instanceof CTTbl t) {
                    table(new XWPFTable(t, document));
                } else if (child instanceof CTSdtBlock inner) {
                    control(inner, depth + 1);
                }
            }
        }
    }
}
