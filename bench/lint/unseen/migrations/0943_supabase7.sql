create schema if not exists extensions;
create extension if not exists "pg_trgm" with schema "extensions";
create index posts_title_trgm_idx on public.posts using gin (title extensions.gin_trgm_ops);
