package th.go.dga.standards.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Sarabun, the Thai government's document typeface (SIL Open Font Licence 1.1), in the four faces the PDFs use. The
 * build puts them on the classpath under {@code /fonts/sarabun/} from the npm registry. Each face is read once and
 * given the characters of {@link ThaiMarks#VARIANTS}; each PDF embeds the subset of the glyphs it uses.
 */
final class SarabunFont {

    /** The family name templates use: {@code font-family: Sarabun}. */
    static final String FAMILY = "Sarabun";

    private record Face(byte[] font, int weight, FontStyle style) {
    }

    private final List<Face> faces;

    SarabunFont() {
        faces = List.of(
                face("Sarabun_400Regular.ttf", 400, FontStyle.NORMAL),
                face("Sarabun_700Bold.ttf", 700, FontStyle.NORMAL),
                face("Sarabun_400Regular_Italic.ttf", 400, FontStyle.ITALIC),
                face("Sarabun_700Bold_Italic.ttf", 700, FontStyle.ITALIC));
    }

    void register(PdfRendererBuilder builder) {
        for (Face face : faces) {
            builder.useFont(() -> new ByteArrayInputStream(face.font()), FAMILY, face.weight(), face.style(), true);
        }
    }

    private static Face face(String file, int weight, FontStyle style) {
        try (InputStream in = SarabunFont.class.getResourceAsStream("/fonts/sarabun/" + file)) {
            if (in == null) {
                throw new IllegalStateException("/fonts/sarabun/" + file + " is not on the classpath: the build takes it from npm");
            }
            return new Face(CharacterMapPatch.withCharacters(in.readAllBytes(), ThaiMarks.VARIANTS), weight, style);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
