create table public.profiles (
  id bigint not null references public.users on delete cascade,
  username text unique,
  avatar_url text,
  primary key (id),
  constraint username_length check (char_length(username) >= 3)
);
alter table public.profiles enable row level security;
create policy "Public profiles are viewable by everyone." on public.profiles for select using (true);
