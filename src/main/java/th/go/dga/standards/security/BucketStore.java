package th.go.dga.standards.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * Where the token buckets of {@link AddressLimits} are kept: in the node's memory on the embedded H2 database, which
 * serves one node, or in PostgreSQL, where the nodes of a cluster share them ({@link BucketStores}).
 */
interface BucketStore {

    /** The bucket under this key, a full one with this limit if there is none. */
    Bucket bucket(String key, Bandwidth limit);
}
