-- A delivery under way: set, in a transaction of its own, before the mail is handed to the mail server, and cleared
-- when the outcome is written. Found still set by the next try, it means the node that tried stopped in between:
-- the server may have taken the mail, so the next try may deliver it a second time (with the same Message-ID).
alter table notification add column attempt_started_at timestamp with time zone;
alter table notification add column interrupted_attempts int default 0 not null;
