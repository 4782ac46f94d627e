CREATE POLICY posts_owner ON posts USING (user_id = 1);
ALTER POLICY posts_owner ON posts RENAME TO posts_owner_only;
