-- The per-address rate limits' token buckets (Bucket4j), shared by the nodes of a cluster on PostgreSQL: one row per
-- address and purpose, its bucket's state as Bucket4j writes it. The embedded H2 database, with one node, keeps its
-- buckets in memory and leaves this table empty; it is created there too, so both databases have one schema.
create table rate_limit_bucket (
    id             varchar(200) not null primary key,
    state          bytea        not null,
    -- from when the row may be removed (epoch milliseconds): a minute after its bucket would be full again
    expires_at     bigint       not null,
    -- the advisory lock taken while the bucket is used; the removal of expired rows skips those locked
    explicit_lock  bigint       not null
);

create index rate_limit_bucket_expires_at_idx on rate_limit_bucket (expires_at);
