-- The public verification page finds a published document by the SHA-256 of its content (the link printed on a
-- signed announcement).

create index document_sha256_idx on document (sha256);
