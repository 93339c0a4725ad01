package th.go.dga.standards.signature;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Small PDFs for the tests: one page of text, its content stream left uncompressed so that a test can find a word in
 * the file and change one of its letters.
 */
public final class TestPdfs {

    public static final String TEXT = "Announcement of the Digital Government Development Agency";

    private TestPdfs() {
    }

    public static byte[] onePage() {
        return onePage(TEXT);
    }

    public static byte[] onePage(String text) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.OVERWRITE, false)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same bytes with one letter of the page's text changed: inside what a signature of the file covers. */
    public static byte[] tampered(byte[] pdf) {
        byte[] copy = pdf.clone();
        byte[] word = "Digital".getBytes(StandardCharsets.US_ASCII);
        int at = indexOf(copy, word);
        if (at < 0) {
            throw new IllegalArgumentException("the PDF has no uncompressed text to change");
        }
        copy[at] = 'd';
        return copy;
    }

    private static int indexOf(byte[] data, byte[] word) {
        outer:
        for (int i = 0; i <= data.length - word.length; i++) {
            for (int j = 0; j < word.length; j++) {
                if (data[i + j] != word[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
