create view public.post_stats with (security_invoker = on) as
  select user_id, count(*) as post_count from public.posts group by user_id;
