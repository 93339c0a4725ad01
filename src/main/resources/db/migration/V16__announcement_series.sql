-- Two series of announcements: the DGA's (ม 3/2566, signed by the director) and the Digital Government Development
-- Committee's (signed by its chairman), each numbered from 1 in every Buddhist-era year.
create table announcement_sequence (
    issuer       varchar(8) not null,
    year_be      int        not null,
    last_number  int        not null,
    constraint announcement_sequence_pk primary key (issuer, year_be)
);

insert into announcement_sequence (issuer, year_be, last_number) select 'DGA', year_be, last_number from announcement_counter;

drop table announcement_counter;

alter table announcement add column issuer varchar(8) default 'DGA' not null;
alter table announcement drop constraint announcement_number_unique;
alter table announcement add constraint announcement_number_unique unique (issuer, year_be, number);

-- The announcement as a signed PDF, kept as a document of the standards it issues; empty for those signed on paper
-- before the system.
alter table announcement add column document_id bigint references document (id);
create index announcement_document_idx on announcement (document_id);
