SET lock_timeout = '5s';
ALTER TABLE posts ADD CONSTRAINT posts_views_nonneg CHECK (views >= 0);;
