ALTER TABLE posts ADD COLUMN deleted_at timestamptz;
UPDATE posts SET deleted_at = now() WHERE user_id = 17;;
