package th.go.dga.standards.document;

import org.springframework.core.io.InputStreamSource;

/**
 * A file as it arrived: the uploader's name for it (not trusted, not used to store it), its size, and its content,
 * read once.
 */
public record UploadedFile(String filename, long size, InputStreamSource content) {
}
