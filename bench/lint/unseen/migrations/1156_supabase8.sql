create index on public.posts using btree (user_id, created_at desc);
