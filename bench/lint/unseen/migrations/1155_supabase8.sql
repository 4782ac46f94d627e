create publication b8_realtime;
create table public.profiles (id bigint primary key, username text);
alter publication b8_realtime add table public.profiles;
