CREATE ROLE app16 NOLOGIN;
CREATE POLICY posts_insert16 ON posts FOR INSERT TO app16 WITH CHECK (user_id = current_setting('app.user_id')::bigint);;
