package th.go.dga.standards.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.preflight.ValidationResult;
import org.apache.pdfbox.preflight.parser.PreflightParser;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.ibm.icu.text.BreakIterator;

import th.go.dga.standards.support.PdfFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Thai document as PDF: the text copied out of it is the text written, tone marks and all; Sarabun is embedded in
 * its four faces; lines break between words; the file says it is PDF/A-3b and passes PDFBox's preflight.
 */
class ThaiPdfTests {

    static final ThaiPdf PDF = StandalonePdf.create();

    static final String TONE_MARKS = "ว่า ให้ ก็ ป่า ปี่ น้ำ ที่ สู่ ผู้ ปุ่ม ฟ้า ปั้น ฝั่ง กี้ สิ้น ชั่ว";
    static final String LONG = "หน่วยงานของรัฐต้องจัดให้มีการยืนยันตัวตนของผู้ใช้บริการทางดิจิทัลในระดับความน่าเชื่อถือที่เหมาะสมกับความเสี่ยงของบริการ"
            + "โดยพิจารณาผลกระทบที่อาจเกิดขึ้นหากมีการปลอมแปลงตัวตนและต้องทบทวนระดับความน่าเชื่อถือดังกล่าวอย่างน้อยปีละหนึ่งครั้ง"
            + "ทั้งนี้ให้เป็นไปตามหลักเกณฑ์ที่คณะกรรมการพัฒนารัฐบาลดิจิทัลประกาศกำหนด";

    static byte[] sample() {
        return PDF.render("sample", Map.of("title", "ตัวอย่างเอกสารภาษาไทย", "paragraphs", List.of(TONE_MARKS, LONG),
                "bold", "ตัวหนา ที่นี่", "italic", "ตัวเอียง น้ำ", "boldItalic", "ตัวหนาเอียง ปี่"), Locale.forLanguageTag("th"));
    }

    @Test
    void copiedTextIsTheThaiWrittenToneMarksAndAll() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(sample())) {
            String text = new PDFTextStripper().getText(pdf);

            assertThat(text).contains(TONE_MARKS);
            assertThat(text.replaceAll("\\s", "")).contains(LONG);
            assertThat(text).doesNotContainPattern("[\\uE000-\\uF8FF]");
        }
    }

    @Test
    void embedsSarabunInFourFaces() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(sample())) {
            Set<String> names = new HashSet<>();
            for (PDPage page : pdf.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getFontDescriptor().getFontFile2()).as(font.getName()).isNotNull();
                    names.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
                }
            }
            assertThat(names).contains("Sarabun-Regular", "Sarabun-Bold", "Sarabun-Italic", "Sarabun-BoldItalic");
        }
    }

    @Test
    void saysItIsPdfA3bWithTitleAndLanguage() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(sample())) {
            XMPMetadata xmp = new DomXmpParser().parse(pdf.getDocumentCatalog().getMetadata().toByteArray());

            assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(3);
            assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("B");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("ตัวอย่างเอกสารภาษาไทย");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("th");
            assertThat(pdf.getDocumentCatalog().getOutputIntents()).hasSize(1);
        }
    }

    /**
     * PDFBox's preflight knows PDF/A-1b only: of its findings, the two that PDF/A-3 allows (its part number, and
     * cross-reference streams, which came with PDF 1.5) are expected; anything else (a font not embedded, a glyph
     * without Unicode, metadata out of step with the document information, a colour without output intent) fails.
     */
    @Test
    void passesPreflightAsFarAsPdfA1AndA3Agree(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("sample.pdf"), sample());

        ValidationResult result = PreflightParser.validate(file.toFile());

        assertThat(result.getErrorsList()).extracting(e -> e.getErrorCode() + " " + e.getDetails())
                .allMatch(e -> e.endsWith("part must be 1") || e.contains("cross reference streams are not allowed"));
    }

    @Test
    void breaksThaiLinesBetweenWordsOnly() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(sample())) {
            String[] lines = new PDFTextStripper().getText(pdf).split("\\R");
            List<String> ofLong = new ArrayList<>();
            for (String line : lines) {
                if (!line.isBlank() && LONG.contains(line.strip())) {
                    ofLong.add(line.strip());
                }
            }

            assertThat(ofLong).hasSizeGreaterThan(2);
            BreakIterator words = BreakIterator.getWordInstance(Locale.forLanguageTag("th"));
            words.setText(LONG);
            int end = 0;
            for (String line : ofLong.subList(0, ofLong.size() - 1)) {
                end = LONG.indexOf(line, end) + line.length();
                assertThat(words.isBoundary(end)).as("a line ends at «%s»", line).isTrue();
            }
        }
    }

    @Test
    void writesAPreviewOfTheSample() throws IOException {
        Path preview = preview(sample(), "sample");

        assertThat(preview).isNotEmptyFile();
    }

    /** Page 1 at 150 dpi into {@code target/pdf-previews/}, for a person to look at. */
    static Path preview(byte[] pdf, String name) {
        return PdfFiles.preview(pdf, name);
    }
}
