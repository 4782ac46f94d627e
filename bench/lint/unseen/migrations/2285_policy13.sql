CREATE POLICY users_self ON users
  USING (id = current_setting('app.user_id', true)::bigint)
  WITH CHECK (id = current_setting('app.user_id', true)::bigint);;
