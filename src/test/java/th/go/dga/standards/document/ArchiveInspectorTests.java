package th.go.dga.standards.document;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import th.go.dga.standards.validation.UnsupportedContentException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArchiveInspectorTests {

    private final ArchiveInspector defaults = new ArchiveInspector(DataSize.ofMegabytes(200), 10_000, 100);

    @TempDir
    Path directory;

    @Test
    void acceptsOrdinaryOfficeDocuments() throws IOException {
        for (byte[] document : new byte[][] {SampleFiles.docx(), SampleFiles.xlsx(), SampleFiles.pptx(), SampleFiles.odt()}) {
            Path file = file(document);
            assertThatCode(() -> defaults.check(file, "draft")).doesNotThrowAnyException();
        }
    }

    @Test
    void refusesMoreEntriesThanAllowed() throws IOException {
        Path file = file(SampleFiles.docxWithEntries(10_000));

        assertRefused(file, defaults, "document.archive-too-many-entries");
        assertThatCode(() -> new ArchiveInspector(DataSize.ofMegabytes(200), 10_001, 100).check(file, "draft.docx")).doesNotThrowAnyException();
    }

    @Test
    void refusesAnArchiveThatUnpacksToMoreThanAllowed() throws IOException {
        byte[] noise = new byte[300 * 1024];
        new Random(7).nextBytes(noise);
        Path file = file(SampleFiles.zip(null, Map.of("word/media/a.bin", noise, "word/media/b.bin", noise)));
        ArchiveInspector halfAMegabyte = new ArchiveInspector(DataSize.ofKilobytes(512), 10_000, 100);

        assertRefused(file, halfAMegabyte, "document.archive-too-large");
        assertThatCode(() -> new ArchiveInspector(DataSize.ofKilobytes(600), 10_000, 100).check(file, "draft.docx")).doesNotThrowAnyException();
    }

    @Test
    void refusesAnEntryPackedTighterThanTheRatioAllows() throws IOException {
        // ten megabytes of zeros pack into about ten kilobytes
        Path file = file(SampleFiles.docxUnpackingTo(10L * 1024 * 1024));
        assertThat(Files.size(file)).isLessThan(64 * 1024);

        assertRefused(file, defaults, "document.archive-ratio");
    }

    @Test
    void letsASmallPartCompressAsWellAsItLikes() throws IOException {
        Path file = file(SampleFiles.docxUnpackingTo(ArchiveInspector.RATIO_GRACE));

        assertThatCode(() -> defaults.check(file, "draft.docx")).doesNotThrowAnyException();
    }

    @Test
    void countsWhatEntriesUnpackToRatherThanWhatTheyClaim() throws IOException {
        byte[] archive = SampleFiles.docxUnpackingTo(300L * 1024);
        claimUnpackedSizes(archive, 10);
        Path file = file(archive);
        ArchiveInspector quarterOfAMegabyte = new ArchiveInspector(DataSize.ofKilobytes(256), 10_000, 1_000_000);

        assertThatThrownBy(() -> quarterOfAMegabyte.check(file, "draft.docx")).isInstanceOf(UnsupportedContentException.class);
    }

    @Test
    void refusesAnArchiveItCannotRead() throws IOException {
        byte[] archive = SampleFiles.docx();
        byte[] truncated = java.util.Arrays.copyOf(archive, archive.length / 2);

        assertRefused(file(truncated), defaults, "document.archive-unreadable");
    }

    private static void assertRefused(Path file, ArchiveInspector inspector, String code) {
        assertThatThrownBy(() -> inspector.check(file, "draft.docx"))
                .isInstanceOfSatisfying(UnsupportedContentException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    /** Rewrites the uncompressed size of every entry in the central directory: a lie an attacker can tell. */
    private static void claimUnpackedSizes(byte[] archive, int size) {
        ByteBuffer buffer = ByteBuffer.wrap(archive).order(ByteOrder.LITTLE_ENDIAN);
        int rewritten = 0;
        for (int i = 0; i + 46 <= archive.length; i++) {
            if (buffer.getInt(i) == 0x02014b50) {
                buffer.putInt(i + 24, size);
                rewritten++;
            }
        }
        assertThat(rewritten).isPositive();
    }

    private Path file(byte[] content) throws IOException {
        return Files.write(Files.createTempFile(directory, "archive", ".zip"), content);
    }
}
