BEGIN;
ALTER TABLE posts ADD CONSTRAINT posts_views_nonneg CHECK (views >= 0) NOT VALID;
ALTER TABLE posts VALIDATE CONSTRAINT posts_views_nonneg;
COMMIT;
