package th.go.dga.standards.draft;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrBase;

/**
 * What a paragraph style says about its paragraphs: whether they are headings, entries of a table of contents, or
 * numbered by the style's own list (Word's outline numbering of headings). A style takes these from the styles it is
 * based on. Each style is looked up once per document, since POI finds a style by walking the whole list.
 */
final class ParagraphStyles {

    /** Word's outline levels 0 to 8 are heading levels; 9 is body text. */
    private static final int BODY_TEXT_LEVEL = 9;

    /** A chain of "based on" longer than this is a loop in a damaged file. */
    private static final int MAX_DEPTH = 20;

    /**
     * @param heading  named like a heading ({@code Heading2}, {@code heading 2}, {@code หัวเรื่อง 2}) or given an
     *                 outline level
     * @param contents an entry of a table of contents ({@code TOC1}, {@code toc 1}, {@code สารบัญ 1}), which repeats the
     *                 headings and their page numbers
     * @param numId    the list the style numbers its paragraphs with, or {@code null}
     * @param ilvl     the level in that list
     */
    record Style(boolean heading, boolean contents, BigInteger numId, int ilvl) {

        static final Style NONE = new Style(false, false, null, 0);
    }

    private final XWPFStyles styles;
    private final Map<String, Style> known = new HashMap<>();

    ParagraphStyles(XWPFStyles styles) {
        this.styles = styles;
    }

    Style of(String styleId) {
        if (styleId == null) {
            return Style.NONE;
        }
        return known.computeIfAbsent(styleId, this::lookUp);
    }

    /** The list a numbering style ({@code w:numStyleLink}) stands for, or {@code null}. */
    BigInteger numIdOf(String styleId) {
        return of(styleId).numId();
    }

    private Style lookUp(String styleId) {
        boolean heading = false;
        boolean contents = false;
        BigInteger numId = null;
        int ilvl = 0;
        Set<String> seen = new HashSet<>();
        String id = styleId;
        for (int depth = 0; id != null && depth < MAX_DEPTH && seen.add(id); depth++) {
            XWPFStyle style = styles == null ? null : styles.getStyle(id);
            String names = (id + " " + (style == null || style.getName() == null ? "" : style.getName())).toLowerCase(Locale.ROOT);
            // a table of contents' own heading ("TOC Heading") is contents too, not a heading of the text
            contents |= names.startsWith("toc") || names.contains(" toc") || names.contains("สารบัญ");
            heading |= names.contains("heading") || names.contains("หัวเรื่อง");
            if (style == null) {
                break;
            }
            CTPPrBase properties = style.getCTStyle().getPPr();
            if (properties != null) {
                heading |= properties.isSetOutlineLvl() && properties.getOutlineLvl().getVal().intValue() < BODY_TEXT_LEVEL;
                CTNumPr numPr = properties.getNumPr();
                if (numId == null && numPr != null && numPr.getNumId() != null) {
                    numId = numPr.getNumId().getVal();
                    ilvl = level(numPr.getIlvl());
                }
            }
            id = style.getCTStyle().getBasedOn() == null ? null : style.getCTStyle().getBasedOn().getVal();
        }
        return new Style(heading && !contents, contents, numId, ilvl);
    }

    static int level(CTDecimalNumber ilvl) {
        return ilvl == null || ilvl.getVal() == null ? 0 : ilvl.getVal().intValue();
    }
}
