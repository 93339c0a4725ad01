package th.go.dga.standards.hearing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.web.util.UriUtils;

import th.go.dga.standards.draft.Clause;
import th.go.dga.standards.export.Downloads;
import th.go.dga.standards.validation.Messages;

/**
 * The comment resolution matrix of a hearing, with the columns of ISO's comment template: reference, clause, type,
 * comment, proposed change, disposition, response; and, for a comment on a clause of the draft heard, the clause's
 * heading and the link to what became of it on the public page of what changed. As CSV (UTF-8 with a byte-order mark,
 * so that Excel shows Thai), as XLSX, where the link can be clicked, and as the model of a PDF.
 */
public final class CommentMatrix {

    static final List<String> COLUMNS = List.of("ref", "clause", "heading", "type", "comment", "proposed-change", "disposition", "response",
            "change");
    private static final int LINK = COLUMNS.indexOf("change");

    private CommentMatrix() {
    }

    /**
     * The draft a hearing heard, as far as the matrix needs it.
     *
     * @param clauses     the clauses of the version heard, by number; empty when it was not sent as a Word file (or a
     *                    clause typed freely, which is in none)
     * @param changesPage the address of the hearing's page of what changed, without a fragment; absolute, so that the
     *                    link still leads there from a file saved, mailed or printed. The page opens once the hearing's
     *                    summary is published: a matrix exported before has the links it will have then.
     */
    public record HeardDraft(Map<String, Clause> clauses, String changesPage) {

        public HeardDraft {
            clauses = Map.copyOf(clauses);
        }

        /** The clauses of a version heard, in any order. */
        public static HeardDraft of(List<Clause> clauses, String changesPage) {
            return new HeardDraft(clauses.stream().collect(Collectors.toMap(Clause::number, Function.identity())), changesPage);
        }

        /** The link a person reads: {@code https://…/hearings/7/changes#ข้อ-4.2}. */
        String link(Clause clause) {
            return changesPage + "#" + clause.anchor();
        }

        /** The same link as a URI, the fragment percent-encoded, for a spreadsheet's hyperlink. */
        String address(Clause clause) {
            return changesPage + "#" + UriUtils.encodeFragment(clause.anchor(), StandardCharsets.UTF_8);
        }

        private Clause clause(Comment comment) {
            return comment.clause() == null ? null : clauses.get(comment.clause());
        }
    }

    public static byte[] csv(List<Comment> comments, HeardDraft draft, Locale locale) {
        return Downloads.csv(headers(locale), comments.stream().<List<?>>map(c -> row(c, draft, locale)).toList());
    }

    public static byte[] xlsx(List<Comment> comments, HeardDraft draft, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(Messages.get("matrix.sheet", null, locale));
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            CellStyle link = workbook.createCellStyle();
            Font blue = workbook.createFont();
            blue.setUnderline(Font.U_SINGLE);
            blue.setColor(IndexedColors.BLUE.getIndex());
            link.setFont(blue);
            Row first = sheet.createRow(0);
            List<String> headers = headers(locale);
            for (int i = 0; i < headers.size(); i++) {
                first.createCell(i).setCellValue(headers.get(i));
                first.getCell(i).setCellStyle(header);
            }
            int r = 1;
            for (Comment c : comments) {
                Row row = sheet.createRow(r++);
                List<String> values = row(c, draft, locale);
                for (int i = 0; i < values.size(); i++) {
                    // string cells: whatever the commenter wrote is shown, never evaluated as a formula
                    row.createCell(i).setCellValue(values.get(i));
                    row.getCell(i).setCellStyle(wrapped);
                }
                Clause clause = draft.clause(c);
                if (clause != null) {
                    Cell cell = row.getCell(LINK);
                    Hyperlink hyperlink = workbook.getCreationHelper().createHyperlink(HyperlinkType.URL);
                    hyperlink.setAddress(draft.address(clause));
                    cell.setHyperlink(hyperlink);
                    cell.setCellStyle(link);
                }
            }
            int[] widths = {16, 10, 30, 14, 60, 50, 14, 60, 50};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The matrix as the model of the {@code pdf/comment-matrix} template: {@code headers}, {@code rows}, {@code widths}. */
    static Map<String, Object> table(List<Comment> comments, HeardDraft draft, Locale locale) {
        return Map.of("headers", headers(locale), "rows", comments.stream().map(c -> row(c, draft, locale)).toList(),
                "widths", List.of(9, 5, 10, 7, 20, 14, 7, 16, 12));
    }

    private static List<String> headers(Locale locale) {
        return COLUMNS.stream().map(c -> Messages.get("matrix." + c, null, locale)).toList();
    }

    private static List<String> row(Comment c, HeardDraft draft, Locale locale) {
        boolean thai = !Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        Clause clause = draft.clause(c);
        return List.of(
                c.referenceNo(),
                nullToEmpty(c.clause()),
                clause == null ? "" : clause.heading(),
                thai ? c.type().labelTh() : c.type().name(),
                c.commentText(),
                nullToEmpty(c.proposedChange()),
                c.disposition() == null ? "" : thai ? c.disposition().labelTh() : c.disposition().name(),
                nullToEmpty(c.response()),
                clause == null ? "" : draft.link(clause));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
