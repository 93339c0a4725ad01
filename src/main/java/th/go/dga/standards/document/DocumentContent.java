package th.go.dga.standards.document;

import java.nio.file.Path;

/**
 * A document with its file, ready to be sent.
 *
 * @param isPublic whether the public may read it too: a public document may be kept by caches
 */
public record DocumentContent(Document document, Path file, boolean isPublic) {
}
