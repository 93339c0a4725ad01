package th.go.dga.standards.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLadvisoryLockBasedProxyManager;

/**
 * Buckets in PostgreSQL ({@code rate_limit_bucket}, {@code V10__rate_limit_buckets.sql}), one row per key, shared by
 * every node: an address gets its limit once, however the load balancer spreads its requests.
 * <p>
 * Each take locks its key with a transaction-scoped advisory lock ({@code pg_advisory_xact_lock}), reads the row,
 * and writes it back (or inserts it) in the same transaction. The lock goes with the transaction's end, so a pooled
 * connection never keeps one; a new address, the usual case, is one transaction, where locking with {@code SELECT …
 * FOR UPDATE} needs a row first and so an insert, a commit and a second try. Requests from one address wait for each
 * other, others do not; two keys whose lock numbers (64 bits of a hash) coincide merely wait for each other too.
 * <p>
 * A row expires once its bucket would be full again, when it is no different from a new one, and is removed
 * afterwards by {@link #removeExpired()} on every node; a bucket being used is locked and skipped, and two nodes
 * removing at once skip each other's rows. A changed limit applies to an address once its row is gone.
 */
final class DatabaseBuckets implements BucketStore {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseBuckets.class);
    private static final String TABLE = "rate_limit_bucket";
    /** How long a full bucket's row is kept: allows for the clocks of the nodes to differ a little. */
    private static final Duration KEPT_WHEN_FULL = Duration.ofMinutes(1);
    private static final int REMOVED_PER_STATEMENT = 1000;

    private final PostgreSQLadvisoryLockBasedProxyManager<String> buckets;

    DatabaseBuckets(DataSource dataSource) {
        this.buckets = Bucket4jPostgreSQL.advisoryLockBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .lockIdSupplier(DatabaseBuckets::lockId)
                .table(TABLE)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEPT_WHEN_FULL))
                // a bucket is a few milliseconds' work; past this something is wrong, and the request fails rather than hangs
                .requestTimeout(Duration.ofSeconds(10))
                .build();
    }

    @Override
    public Bucket bucket(String key, Bandwidth limit) {
        return buckets.builder().build(key, () -> BucketConfiguration.builder().addLimit(limit).build());
    }

    /** Removes the rows of full buckets, every few minutes on every node. */
    @Scheduled(fixedDelay = 5, initialDelay = 1, timeUnit = TimeUnit.MINUTES)
    int removeExpired() {
        int removed = 0;
        int batch;
        do {
            batch = buckets.removeExpired(REMOVED_PER_STATEMENT);
            removed += batch;
        } while (batch == REMOVED_PER_STATEMENT);
        if (removed > 0) {
            LOG.debug("removed {} rate-limit buckets that were full again", removed);
        }
        return removed;
    }

    /** The advisory lock of a key: 64 bits of its MD5, where {@code String.hashCode} has 32. */
    private static long lockId(String key) {
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).getMostSignificantBits();
    }
}
