CREATE POLICY posts_owner ON posts USING (user_id = 1);
DROP POLICY posts_owner ON posts;
