package th.go.dga.standards.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.springframework.util.unit.DataSize;

import th.go.dga.standards.validation.UnsupportedContentException;

/**
 * Refuses a zip archive (DOCX, XLSX, PPTX and ODT are zip archives) that holds too many entries, unpacks to too much,
 * or has an entry packed far tighter than any real document.
 * <p>
 * It reads the archive's central directory, as Word, LibreOffice, POI and Tika do, rather than the entries one after
 * the other as a stream does: a crafted archive can show a harmless sequence of entries to a stream while its
 * directory lists thousands of overlapping ones. Entry counts and sizes written in the archive are not trusted; every
 * entry is inflated through a small buffer and what comes out is counted, and the count stops at the first limit
 * passed. Nothing is kept in memory or written to disk.
 *
 * @see DocumentSettings
 */
final class ArchiveInspector {

    /** An entry is not held to the ratio until it has unpacked this much: tiny parts compress absurdly well. */
    static final long RATIO_GRACE = 100 * 1024;

    private final DataSize maxUnpacked;
    private final int maxEntries;
    private final int maxRatio;

    ArchiveInspector(DataSize maxUnpacked, int maxEntries, int maxRatio) {
        this.maxUnpacked = maxUnpacked;
        this.maxEntries = maxEntries;
        this.maxRatio = maxRatio;
    }

    /**
     * @param name the file's name, for the refusal
     * @throws UnsupportedContentException when a limit is passed or the archive cannot be read
     */
    void check(Path file, String name) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > maxEntries) {
                throw new UnsupportedContentException("document.archive-too-many-entries", name, zip.size(), maxEntries);
            }
            byte[] buffer = new byte[16 * 1024];
            long total = 0;
            int entries = 0;
            for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements(); ) {
                ZipEntry entry = all.nextElement();
                if (++entries > maxEntries) {
                    throw new UnsupportedContentException("document.archive-too-many-entries", name, entries, maxEntries);
                }
                long packed = Math.max(entry.getCompressedSize(), 1);
                long unpacked = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
                        unpacked += n;
                        total += n;
                        if (total > maxUnpacked.toBytes()) {
                            throw new UnsupportedContentException("document.archive-too-large", name, Sizes.format(maxUnpacked.toBytes()));
                        }
                        if (unpacked > RATIO_GRACE && unpacked > packed * maxRatio) {
                            throw new UnsupportedContentException("document.archive-ratio", name, maxRatio);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UnsupportedContentException("document.archive-unreadable", name);
        }
    }
}
