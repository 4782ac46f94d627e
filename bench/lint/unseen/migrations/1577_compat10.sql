BEGIN;
ALTER TABLE posts RENAME COLUMN body TO content;
CREATE VIEW posts_v1 AS
  SELECT id, user_id, title, content AS body, published, views, created_at FROM posts;
COMMIT;
