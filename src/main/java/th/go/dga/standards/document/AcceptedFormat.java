package th.go.dga.standards.document;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.tika.mime.MediaType;

/**
 * The formats a document may have. Anything else, whatever its name says, is refused.
 */
enum AcceptedFormat {
    PDF("application/pdf", false, "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", true, "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", true, "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", true, "pptx"),
    ODT("application/vnd.oasis.opendocument.text", true, "odt"),
    PNG("image/png", false, "png"),
    JPEG("image/jpeg", false, "jpg", "jpeg");

    private final String mediaType;
    private final boolean zipArchive;
    private final List<String> extensions;

    AcceptedFormat(String mediaType, boolean zipArchive, String... extensions) {
        this.mediaType = mediaType;
        this.zipArchive = zipArchive;
        this.extensions = List.of(extensions);
    }

    String mediaType() {
        return mediaType;
    }

    /** Whether a file of this format is a zip archive, to be checked for what it unpacks to. */
    boolean isZipArchive() {
        return zipArchive;
    }

    /** The file-name extensions that announce this format, in lower case, the usual one first. */
    List<String> extensions() {
        return extensions;
    }

    static Optional<AcceptedFormat> of(MediaType detected) {
        String base = detected.getBaseType().toString();
        return Arrays.stream(values()).filter(format -> format.mediaType.equals(base)).findFirst();
    }
}
