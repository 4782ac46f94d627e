create schema app_public;
drop view if exists app_public.post_summaries;
create view app_public.post_summaries as
  select id, user_id, title, created_at from public.posts;;
