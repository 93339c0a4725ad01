package th.go.dga.standards.document;

import java.nio.file.Path;

import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Uploaded documents, under {@code standards.documents}. A DOCX, XLSX, PPTX or ODT is a zip archive: the last three
 * limits keep one that would unpack to far more than it weighs (a "zip bomb") out of the store, and out of every
 * program that opens it later.
 *
 * @param directory           where the files are kept, outside the web root, under names the server makes up
 * @param maxSize             the largest file accepted; a larger upload is refused with 413 while it arrives
 * @param maxUnpackedSize     the most that all the entries of an archive may unpack to together
 * @param maxEntries          the most entries an archive may hold
 * @param maxCompressionRatio how many times its packed size one entry may unpack to, once it passes 100 KB
 *                            (the ratio and the grace of Apache POI's own check)
 */
public record DocumentSettings(
        @DefaultValue("./data/documents") Path directory,
        @DefaultValue("50MB") DataSize maxSize,
        @DefaultValue("200MB") DataSize maxUnpackedSize,
        @DefaultValue("10000") int maxEntries,
        @DefaultValue("100") int maxCompressionRatio) {
}
