create or replace function public.search_posts(term text) returns setof public.posts language sql stable as $$
  select * from public.posts where title ilike '%' || term || '%';
$$;
