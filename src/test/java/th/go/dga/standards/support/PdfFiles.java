package th.go.dga.standards.support;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a person reads in a PDF: its text as copied out of it, and its first page as an image to look at. */
public final class PdfFiles {

    private PdfFiles() {
    }

    /** The text of every page, as PDFBox extracts it. */
    public static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many images page 1 draws. */
    public static int imagesOnFirstPage(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int images = 0;
            for (COSName name : document.getPage(0).getResources().getXObjectNames()) {
                if (document.getPage(0).getResources().getXObject(name) instanceof PDImageXObject) {
                    images++;
                }
            }
            return images;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Page 1 at 150 dpi into {@code target/pdf-previews/<name>.png}, kept with the test reports for a person to look at. */
    public static Path preview(byte[] pdf, String name) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Path dir = Files.createDirectories(Path.of("target/pdf-previews"));
            Path file = dir.resolve(name + ".png");
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 150);
            ImageIO.write(image, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
