alter table public.posts drop column if exists summary;
alter table public.posts add column summary text;;
