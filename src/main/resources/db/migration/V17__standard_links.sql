-- The links between standards are read both ways (what a standard replaces and what replaces it, what it was
-- promoted from and to): PostgreSQL, unlike H2, does not index a foreign key by itself.
create index standard_supersedes_idx on standard (supersedes_id);
create index standard_promoted_from_idx on standard (promoted_from_id);
