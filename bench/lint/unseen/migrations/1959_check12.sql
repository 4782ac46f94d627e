ALTER TABLE posts ADD CONSTRAINT posts_views_nonneg CHECK (views >= 0) NOT VALID;
-- V43__validate_posts_views_nonneg.sql (V42 added it NOT VALID)
ALTER TABLE posts VALIDATE CONSTRAINT posts_views_nonneg;;
