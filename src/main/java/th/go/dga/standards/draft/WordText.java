package th.go.dga.standards.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The text a reader sees in a paragraph or a table of a Word file.
 * <p>
 * Built run by run rather than with {@link XWPFParagraph#getText()}, which appends the text of every footnote the
 * paragraph refers to: a footnote is not part of its clause. Text deleted under tracked changes is left out, as Word
 * leaves it out of the final view. Spaces and tabs are collapsed to one space, since a run of them only lines text up
 * on the page; nothing else is touched, so Thai, which puts no space between words, keeps its zero-width spaces and
 * its spelling.
 */
final class WordText {

    private static final Pattern HORIZONTAL_SPACE = Pattern.compile("\\h+");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern NOTE_MARK = Pattern.compile("\\[(?:footnoteRef|endnoteRef):-?\\d+]");

    private WordText() {
    }

    /** The paragraph's text, its line breaks kept as {@code "\n"}; empty when it holds nothing to read. */
    static String of(XWPFParagraph paragraph) {
        StringBuilder text = new StringBuilder(128);
        for (IRunElement element : paragraph.getIRuns()) {
            if (element instanceof XWPFRun run) {
                if (run.getCTR().sizeOfDelTextArray() == 0) {
                    text.append(withoutNoteMarks(run));
                }
            } else if (element instanceof XWPFSDT control) {
                text.append(control.getContent().getText());
            }
        }
        return tidy(text);
    }

    /** The table's rows, one a line, its cells separated by a tab; rows with nothing in them are left out. */
    static String of(XWPFTable table) {
        StringBuilder text = new StringBuilder(256);
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            boolean any = false;
            for (XWPFTableCell cell : row.getTableCells()) {
                String cellText = cellText(cell);
                any |= !cellText.isEmpty();
                cells.add(cellText);
            }
            if (any) {
                if (!text.isEmpty()) {
                    text.append('\n');
                }
                text.append(String.join("\t", cells));
            }
        }
        return text.toString();
    }

    /**
     * Whether every run that shows text is bold, as a heading typed without a heading style usually is. Thai is a
     * complex script, for which Word sets its own bold, so either counts.
     */
    static boolean allBold(XWPFParagraph paragraph) {
        boolean any = false;
        for (XWPFRun run : paragraph.getRuns()) {
            if (run.text().isBlank()) {
                continue;
            }
            if (!run.isBold() && !run.isComplexScriptBold()) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** A cell's paragraphs, and the tables inside it, on one line, so that rows and cells stay apart. */
    private static String cellText(XWPFTableCell cell) {
        StringBuilder text = new StringBuilder();
        for (IBodyElement element : cell.getBodyElements()) {
            String part = element instanceof XWPFParagraph p ? of(p) : element instanceof XWPFTable t ? of(t) : "";
            if (!part.isEmpty()) {
                if (!text.isEmpty()) {
                    text.append(' ');
                }
                text.append(part);
            }
        }
        return HORIZONTAL_SPACE.matcher(LINE_BREAK.matcher(text).replaceAll(" ")).replaceAll(" ").strip();
    }

    /** POI writes a footnote's or endnote's reference mark as "[footnoteRef:1]"; Word shows a small number. */
    private static String withoutNoteMarks(XWPFRun run) {
        String text = run.text();
        boolean marked = run.getCTR().sizeOfFootnoteReferenceArray() > 0 || run.getCTR().sizeOfEndnoteReferenceArray() > 0;
        return marked ? NOTE_MARK.matcher(text).replaceAll("") : text;
    }

    private static String tidy(CharSequence raw) {
        StringBuilder text = new StringBuilder(raw.length());
        for (String line : LINE_BREAK.split(raw)) {
            String tidy = HORIZONTAL_SPACE.matcher(line).replaceAll(" ").strip();
            if (!tidy.isEmpty()) {
                if (!text.isEmpty()) {
                    text.append('\n');
                }
                text.append(tidy);
            }
        }
        return text.toString();
    }
}
