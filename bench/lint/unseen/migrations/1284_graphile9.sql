drop index if exists posts_created_at_idx;
create index posts_created_at_idx on public.posts (created_at);;
