create schema app_public;
drop function if exists app_public.search_posts(text);
create function app_public.search_posts(search text) returns setof public.posts as $$
  select * from public.posts where title ilike ('%' || search || '%');
$$ language sql stable;;
