grant select on public.posts to public;
grant update (title, body) on public.posts to public;;
