package th.go.dga.standards.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.util.unit.DataSize;

import th.go.dga.standards.validation.UnsupportedContentException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class ContentInspectorTests {

    private final ContentInspector inspector = new ContentInspector(new ArchiveInspector(DataSize.ofMegabytes(200), 10_000, 100));

    @TempDir
    Path directory;

    static Stream<Arguments> acceptedFiles() {
        return Stream.of(
                arguments("ร่างมาตรฐาน.pdf", SampleFiles.pdf(), AcceptedFormat.PDF),
                arguments("ร่างมาตรฐาน.docx", SampleFiles.docx(), AcceptedFormat.DOCX),
                arguments("ตารางข้อคิดเห็น.xlsx", SampleFiles.xlsx(), AcceptedFormat.XLSX),
                arguments("เอกสารนำเสนอ.pptx", SampleFiles.pptx(), AcceptedFormat.PPTX),
                arguments("ร่างมาตรฐาน.odt", SampleFiles.odt(), AcceptedFormat.ODT),
                arguments("แผนภาพ.png", SampleFiles.png(), AcceptedFormat.PNG),
                arguments("ภาพถ่าย.jpg", SampleFiles.jpeg(), AcceptedFormat.JPEG),
                arguments("ภาพถ่าย.JPEG", SampleFiles.jpeg(), AcceptedFormat.JPEG),
                arguments("ไม่มีนามสกุล", SampleFiles.pdf(), AcceptedFormat.PDF));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedFiles")
    void findsTheFormatOfEachAcceptedFileInItsContent(String name, byte[] content, AcceptedFormat expected) throws IOException {
        assertThat(inspector.inspect(file(content), name)).isEqualTo(expected);
    }

    static Stream<Arguments> refusedFiles() {
        return Stream.of(
                arguments("an ELF executable named .pdf", "report.pdf", SampleFiles.elf(), "document.content-executable", "application/x-executable"),
                arguments("a Windows executable named .pdf", "report.pdf", SampleFiles.pe(), "document.content-executable", "application/x-msdownload"),
                arguments("a shell script named .pdf", "report.pdf", SampleFiles.shellScript(), "document.content-executable", "application/x-sh"),
                arguments("a web page named .docx", "form.docx", SampleFiles.html(), "document.content-web", "text/html"),
                arguments("an SVG named .png", "logo.png", SampleFiles.svg(), "document.content-web", "image/svg+xml"),
                arguments("a plain zip named .docx", "draft.docx", SampleFiles.plainZip(), "document.content-unsupported", "application/zip"),
                arguments("a PDF named .png", "scan.png", SampleFiles.pdf(), "document.extension-mismatch", "PDF"),
                arguments("a PDF named .docx", "draft.docx", SampleFiles.pdf(), "document.extension-mismatch", "PDF"),
                arguments("a DOCX named .pdf", "draft.pdf", SampleFiles.docx(), "document.extension-mismatch", "DOCX"),
                arguments("a PDF named .exe", "draft.exe", SampleFiles.pdf(), "document.extension-mismatch", "PDF"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedFiles")
    void refusesWhatIsNotADocumentOrIsNotWhatItsNameSays(String description, String name, byte[] content, String code, String named) throws IOException {
        Path file = file(content);
        assertThatThrownBy(() -> inspector.inspect(file, name))
                .isInstanceOfSatisfying(UnsupportedContentException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.message(Locale.ENGLISH)).contains(named);
                    assertThat(e.message(Locale.forLanguageTag("th"))).contains(named);
                });
    }

    @Test
    void measuresAnArchiveBeforeDetectingItsFormat() throws IOException {
        Path bomb = file(SampleFiles.docxWithEntries(10_001));

        assertThatThrownBy(() -> inspector.inspect(bomb, "draft.docx"))
                .isInstanceOfSatisfying(UnsupportedContentException.class, e -> assertThat(e.code()).isEqualTo("document.archive-too-many-entries"));
    }

    private Path file(byte[] content) throws IOException {
        return Files.write(Files.createTempFile(directory, "sample", ".bin"), content);
    }
}
