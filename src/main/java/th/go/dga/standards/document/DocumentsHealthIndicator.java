package th.go.dga.standards.document;

import java.io.IOException;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The document store's part in readiness, the health component {@code documents}: UP while a file can be received
 * and kept in {@code standards.documents.directory}. In a cluster the directory is a volume every node shares; a node
 * that has lost its mount, or sees it read-only, would fail every upload and download, so it leaves the load
 * balancer until the volume is back.
 */
@Component
class DocumentsHealthIndicator implements HealthIndicator {

    private final DocumentStorage storage;

    DocumentsHealthIndicator(DocumentStorage storage) {
        this.storage = storage;
    }

    @Override
    public Health health() {
        Health.Builder health = Health.unknown().withDetail("directory", storage.directory().toString());
        try {
            storage.probe();
            return health.up().build();
        } catch (IOException e) {
            // the answer of every probe while it lasts: the reason is in the details, not in the log
            return health.down().withDetail("error", e.toString()).build();
        }
    }
}
