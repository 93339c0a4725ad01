package th.go.dga.standards.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.util.FileSystemUtils;
import org.springframework.util.unit.DataSize;


import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The document store in a node's readiness: UP while a file can be kept there, DOWN when the volume is gone or
 * read-only.
 */
class DocumentsHealthIndicatorTests {

    @TempDir Path temp;

    @Test
    void isUpWhileAFileCanBeKeptAndLeavesNothingBehind() throws IOException {
        Path directory = temp.resolve("documents");
        Health health = indicator(directory).health();
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("directory", directory.toString());
        try (Stream<Path> files = Files.walk(directory)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void isDownWhenTheDirectoryIsGone() throws IOException {
        Path directory = temp.resolve("documents");
        DocumentsHealthIndicator indicator = indicator(directory);
        FileSystemUtils.deleteRecursively(directory);

        Health health = indicator.health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails().get("error")).asString().contains(directory.toString());
    }

    @Test
    void isDownWhenTheDirectoryIsReadOnly() throws IOException {
        Path directory = temp.resolve("documents");
        DocumentsHealthIndicator indicator = indicator(directory);
        for (Path path : new Path[] {directory.resolve(".incoming"), directory}) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("r-xr-xr-x"));
        }
        try {
            assumeFalse(Files.isWritable(directory), "the file system lets this user (root) write where nobody may");
            assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
        } finally {
            for (Path path : new Path[] {directory, directory.resolve(".incoming")}) {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    private static DocumentsHealthIndicator indicator(Path directory) throws IOException {
        DocumentSettings settings = new DocumentSettings(directory, DataSize.ofMegabytes(50), DataSize.ofMegabytes(200), 10000, 100);
        return new DocumentsHealthIndicator(new DocumentStorage(settings));
    }
}
