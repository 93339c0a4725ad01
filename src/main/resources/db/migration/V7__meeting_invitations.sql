-- Invitations to hearing meetings. The SEQUENCE of a meeting's iCalendar invitation goes up by one every time the
-- meeting moves, so that calendars replace the event they hold instead of adding a second one.
alter table hearing add column meeting_sequence int default 0 not null;

-- The language a registrant registered in: their invitation, reminder and notices of a move are written in it.
alter table hearing_registration add column locale varchar(16);

create index hearing_meeting_start_idx on hearing (meeting_start);
