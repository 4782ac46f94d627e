CREATE POLICY own_posts9 ON posts USING (user_id = 1);
COMMENT ON POLICY own_posts9 ON posts IS 'authors see their own posts';;
