CREATE POLICY posts_owner_write18 ON posts FOR UPDATE
  USING (user_id = current_setting('app.user_id')::bigint)
  WITH CHECK (user_id = current_setting('app.user_id')::bigint);;
