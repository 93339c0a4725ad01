package th.go.dga.standards.hearing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import th.go.dga.standards.export.Downloads;
import th.go.dga.standards.validation.Messages;

/**
 * The comment resolution matrix of a hearing, with the columns of ISO's comment template: reference, clause, type,
 * comment, proposed change, disposition, response. As CSV (UTF-8 with a byte-order mark, so that Excel shows Thai)
 * and as XLSX.
 */
public final class CommentMatrix {

    static final List<String> COLUMNS = List.of("ref", "clause", "type", "comment", "proposed-change", "disposition", "response");

    private CommentMatrix() {
    }

    public static byte[] csv(List<Comment> comments, Locale locale) {
        return Downloads.csv(headers(locale), comments.stream().<List<?>>map(c -> row(c, locale)).toList());
    }

    public static byte[] xlsx(List<Comment> comments, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(Messages.get("matrix.sheet", null, locale));
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            Row first = sheet.createRow(0);
            List<String> headers = headers(locale);
            for (int i = 0; i < headers.size(); i++) {
                first.createCell(i).setCellValue(headers.get(i));
                first.getCell(i).setCellStyle(header);
            }
            int r = 1;
            for (Comment c : comments) {
                Row row = sheet.createRow(r++);
                List<String> values = row(c, locale);
                for (int i = 0; i < values.size(); i++) {
                    // string cells: whatever the commenter wrote is shown, never evaluated as a formula
                    row.createCell(i).setCellValue(values.get(i));
                    row.getCell(i).setCellStyle(wrapped);
                }
            }
            int[] widths = {16, 10, 14, 60, 50, 14, 60};
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

    private static List<String> headers(Locale locale) {
        return COLUMNS.stream().map(c -> Messages.get("matrix." + c, null, locale)).toList();
    }

    private static List<String> row(Comment c, Locale locale) {
        boolean thai = !Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        return List.of(
                c.referenceNo(),
                nullToEmpty(c.clause()),
                thai ? c.type().labelTh() : c.type().name(),
                c.commentText(),
                nullToEmpty(c.proposedChange()),
                c.disposition() == null ? "" : thai ? c.disposition().labelTh() : c.disposition().name(),
                nullToEmpty(c.response()));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
