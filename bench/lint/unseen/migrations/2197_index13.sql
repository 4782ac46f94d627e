CREATE INDEX CONCURRENTLY IF NOT EXISTS index_posts_on_user_id_and_created_at
  ON public.posts USING btree (user_id, created_at);;
