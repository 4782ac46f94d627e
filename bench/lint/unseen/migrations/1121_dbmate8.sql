-- migrate:up
alter table posts alter column views type integer using views::integer;

-- migrate:down

