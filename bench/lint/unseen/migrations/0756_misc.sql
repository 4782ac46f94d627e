-- UP
CREATE POLICY posts_owner ON posts AS RESTRICTIVE FOR UPDATE USING (user_id = 1);
