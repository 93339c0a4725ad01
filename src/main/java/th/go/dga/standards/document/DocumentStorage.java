package th.go.dga.standards.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MaxUploadSizeExceededException;


/**
 * The files of documents, in the directory of {@code standards.documents.directory}, outside the web root.
 * <p>
 * An upload is written to a temporary file in {@code .incoming/} beside the store, hashed and counted as it is
 * written, and moved into the store only once every check has passed, under a random name: the uploader's name for
 * it never reaches the file system. A refused upload leaves nothing behind.
 */
@Component
class DocumentStorage {

    private static final Logger log = LoggerFactory.getLogger(DocumentStorage.class);
    private static final Pattern STORED_NAME = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final Path directory;
    private final Path incoming;

    DocumentStorage(DocumentSettings settings) throws IOException {
        this.directory = settings.directory().toAbsolutePath().normalize();
        // same file system as the store, so that keeping a file is a rename
        this.incoming = directory.resolve(".incoming");
        Files.createDirectories(incoming);
    }

    Path directory() {
        return directory;
    }

    /**
     * Writes the content to a temporary file, at most {@code maxBytes} of it.
     *
     * @throws MaxUploadSizeExceededException as soon as the content passes {@code maxBytes}; nothing is left behind
     */
    Received receive(InputStream content, long maxBytes) throws IOException {
        Path temp = Files.createTempFile(incoming, "upload-", ".part");
        try (content; OutputStream out = Files.newOutputStream(temp)) {
            MessageDigest sha256 = sha256();
            byte[] buffer = new byte[64 * 1024];
            long size = 0;
            for (int n = content.read(buffer); n != -1; n = content.read(buffer)) {
                size += n;
                if (size > maxBytes) {
                    throw new MaxUploadSizeExceededException(maxBytes);
                }
                sha256.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
            return new Received(temp, size, HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /** Moves a received file into the store under a new random name, and returns the name. */
    String keep(Received received) throws IOException {
        String name = UUID.randomUUID().toString();
        Files.move(received.file(), directory.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        return name;
    }

    /** The file of a stored name. */
    Path locate(String storedName) {
        if (!STORED_NAME.matcher(storedName).matches()) {
            throw new IllegalArgumentException("not a stored name: " + storedName);
        }
        Path file = directory.resolve(storedName);
        if (!Files.isRegularFile(file)) {
            throw new UncheckedIOException(new IOException("the file of a stored document is missing: " + file));
        }
        return file;
    }

    /**
     * Receives and keeps an empty file the way an upload is received and kept, and removes it again.
     *
     * @throws IOException when this node cannot store a document now: the directory is gone or read-only
     */
    void probe() throws IOException {
        Path received = Files.createTempFile(incoming, "probe-", ".part");
        // a name no stored document has (see STORED_NAME)
        Path kept = directory.resolve("." + received.getFileName());
        try {
            Files.move(received, kept, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(received);
            Files.deleteIfExists(kept);
        }
    }

    /** Removes a stored file whose record could not be written. */
    void discard(String storedName) {
        try {
            Files.deleteIfExists(directory.resolve(storedName));
        } catch (IOException e) {
            log.warn("Could not remove {} from the document store", storedName, e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * A file received and not kept yet. Closing it removes the temporary file unless it was kept.
     *
     * @param size   in bytes
     * @param sha256 lower-case hex
     */
    record Received(Path file, long size, String sha256) implements AutoCloseable {

        @Override
        public void close() throws IOException {
            Files.deleteIfExists(file);
        }
    }
}
