ALTER TABLE posts RENAME COLUMN views TO view_count;
CREATE VIEW posts_compat17 AS SELECT id, view_count AS views FROM posts;;
