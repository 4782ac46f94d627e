alter table public.users replica identity full;
