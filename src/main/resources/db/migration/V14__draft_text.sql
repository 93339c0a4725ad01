-- The draft as a document: a version sent as a Word file keeps that file as a document of the standard, and the
-- clauses the server read from it; a hearing records which version it heard; a comment's answer can be drafted
-- while the hearing runs and can name the clauses of the revised version that answer it.

alter table draft_version add column document_id bigint references document (id);
alter table draft_version add column preamble varchar(200000);

create index draft_version_label_idx on draft_version (standard_id, version_label);

create table draft_clause (
    draft_version_id  bigint         not null references draft_version (id),
    position          int            not null,
    number            varchar(40)    not null,
    heading           varchar(4000)  not null,
    body              varchar(200000) not null,
    constraint draft_clause_pk primary key (draft_version_id, position),
    constraint draft_clause_number_unique unique (draft_version_id, number)
);

alter table hearing add column draft_version_id bigint references draft_version (id);
-- the working group's answers are the public's once the revision that gives them is recorded
alter table hearing add column summary_published_at timestamp with time zone;

-- the clauses of the revised version that answer a comment, as "4.2, 5.1", and that version
alter table hearing_comment add column answered_in varchar(2000);
alter table hearing_comment add column answered_in_version_id bigint references draft_version (id);
create index hearing_comment_clause_idx on hearing_comment (hearing_id, clause);

create index draft_version_document_idx on draft_version (document_id);
create index hearing_draft_version_idx on hearing (draft_version_id);

-- the working group's list of a hearing's comments, a page at a time in the order they arrived: those not yet
-- answered, and those on one clause of the draft heard (which takes over the index on the clause alone)
create index hearing_comment_answered_idx on hearing_comment (hearing_id, disposition, received_at, id);
drop index hearing_comment_clause_idx;
create index hearing_comment_clause_idx on hearing_comment (hearing_id, clause, received_at, id);
