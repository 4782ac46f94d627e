create schema app_public;
drop table if exists app_public.topics cascade;
create table app_public.topics (
  id serial primary key,
  title text not null check (char_length(title) < 80),
  author_id bigint not null default nullif(current_setting('jwt.claims.user_id', true), '')::bigint references public.users on delete cascade
);
create index on app_public.topics (author_id);;
