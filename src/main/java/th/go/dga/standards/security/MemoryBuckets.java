package th.go.dga.standards.security;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/** Buckets in this node's memory, for a single node. Buckets of addresses that have gone quiet are forgotten. */
final class MemoryBuckets implements BucketStore {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().expireAfterAccess(Duration.ofHours(1)).maximumSize(100_000).build();

    @Override
    public Bucket bucket(String key, Bandwidth limit) {
        return buckets.get(key, k -> Bucket.builder().addLimit(limit).build());
    }
}
