package th.go.dga.standards.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.tika.detect.CompositeDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.microsoft.ooxml.OPCPackageDetector;
import org.apache.tika.detect.zip.DefaultZipContainerDetector;
import org.apache.tika.detect.zip.OpenDocumentDetector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import th.go.dga.standards.validation.UnsupportedContentException;

/**
 * Decides what a file is from its content, never from its name or the type the browser sent, and refuses what is not
 * a document of an {@link AcceptedFormat}: programs and scripts, web pages and SVG (both run scripts in a browser),
 * anything else, and a file whose name announces another format than its content has (an .exe renamed .pdf, a PDF
 * named .docx).
 * <p>
 * Detection is Tika's: magic numbers for most formats, the package's parts for OOXML and the {@code mimetype} entry
 * for ODF. The detectors are named here rather than found on the classpath, so that what is accepted does not change
 * when a library brings another one along.
 */
@Component
class ContentInspector {

    private static final MediaTypeRegistry TYPES = MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry();

    private static final Set<String> EXECUTABLES = Set.of(
            "application/x-elf", "application/x-msdownload", "application/x-dosexec", "application/x-ms-installer",
            "application/x-msdos-program", "application/java-archive", "application/java-vm", "application/x-sh",
            "application/x-csh", "application/x-bat", "application/javascript", "text/javascript", "text/x-python",
            "text/x-perl", "text/x-php", "text/x-vbscript", "application/x-powershell");
    private static final Set<String> WEB = Set.of("text/html", "application/xhtml+xml", "image/svg+xml");

    private final Detector detector = new CompositeDetector(TYPES, List.of(
            new DefaultZipContainerDetector(List.of(new OPCPackageDetector(), new OpenDocumentDetector())),
            MimeTypes.getDefaultMimeTypes()));
    private final ArchiveInspector archives;

    @Autowired
    ContentInspector(DocumentSettings settings) {
        this(new ArchiveInspector(settings.maxUnpackedSize(), settings.maxEntries(), settings.maxCompressionRatio()));
    }

    ContentInspector(ArchiveInspector archives) {
        this.archives = archives;
    }

    /**
     * @param file     the uploaded content
     * @param filename the uploader's name for it, sanitised
     * @return the format found
     * @throws UnsupportedContentException when the content is not accepted, naming what was found
     */
    AcceptedFormat inspect(Path file, String filename) throws IOException {
        // an archive is measured before anything opens it, Tika included
        boolean zip = startsLikeZip(file);
        if (zip) {
            archives.check(file, filename);
        }
        MediaType detected = detect(file);
        AcceptedFormat format = AcceptedFormat.of(detected).orElseThrow(() -> refusal(detected));
        if (format.isZipArchive() && !zip) {
            archives.check(file, filename);
        }
        String extension = FileNames.extension(filename);
        if (!extension.isEmpty() && !format.extensions().contains(extension)) {
            throw new UnsupportedContentException("document.extension-mismatch", filename, extension, format.name());
        }
        return format;
    }

    MediaType detect(Path file) throws IOException {
        // no file name in the metadata: the name must not sway the verdict
        try (TikaInputStream in = TikaInputStream.get(file)) {
            return detector.detect(in, new Metadata());
        }
    }

    private static boolean startsLikeZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.read() == 'P' && in.read() == 'K';
        }
    }

    private static UnsupportedContentException refusal(MediaType detected) {
        String found = detected.toString();
        if (isA(detected, EXECUTABLES) || detected.getSubtype().startsWith("x-mach-o")) {
            return new UnsupportedContentException("document.content-executable", found);
        }
        if (isA(detected, WEB)) {
            return new UnsupportedContentException("document.content-web", found);
        }
        return new UnsupportedContentException("document.content-unsupported", found);
    }

    /** Whether the type or one of its supertypes (an ELF shared library is an ELF) is in the set. */
    private static boolean isA(MediaType type, Set<String> types) {
        for (MediaType t = TYPES.normalize(type.getBaseType()); t != null; t = TYPES.getSupertype(t)) {
            if (types.contains(t.getBaseType().toString())) {
                return true;
            }
        }
        return false;
    }
}
