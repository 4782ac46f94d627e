ALTER TABLE posts ADD CONSTRAINT posts_views_nonneg CHECK (views >= 0);;
