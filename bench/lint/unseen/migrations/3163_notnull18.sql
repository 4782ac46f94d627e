ALTER TABLE posts ADD CONSTRAINT posts_views_not_null18 CHECK (views IS NOT NULL) NOT VALID;;
