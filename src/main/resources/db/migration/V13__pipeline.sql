-- The secretariat's overview of the projects (/work/pipeline): how long each project has been in its status, and
-- the indexes of its filter and its orders.

-- When the standard entered its current status. The registry sets it with every change of status; kept on the row
-- (instead of looked up in status_change) so that "waiting longest" is an order an index serves, page by page.
-- The default only serves rows put in by hand; the registry always writes the engine's time.
alter table standard add column status_since timestamp with time zone default current_timestamp not null;

update standard set status_since = coalesce(
        (select max(c.changed_at) from status_change c where c.standard_id = standard.id),
        updated_at);

-- Every status in progress (read as "not ended", which the order's index serves, page by page) or one status; waiting
-- longest or most recent first, by code (kind, number, part) or by Thai title. The group counts read standard_status_idx.
create index standard_since_idx on standard (status_since, id);
create index standard_status_since_idx on standard (status, status_since, id);
create index standard_code_order_idx on standard (kind, standard_number, part, id);
create index standard_status_code_order_idx on standard (status, kind, standard_number, part, id);
create index standard_title_idx on standard (title_th, id);
create index standard_status_title_idx on standard (status, title_th, id);

-- The calendar: the hearings whose comment period reaches into a month (its meeting lies inside the period).
create index hearing_period_idx on hearing (comment_period_end, comment_period_start);
