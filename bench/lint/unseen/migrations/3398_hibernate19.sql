alter table if exists public.events add column source varchar(255);;
