ALTER TABLE posts ADD COLUMN deleted_at timestamptz;
CREATE INDEX posts_live_user_idx ON posts (user_id) WHERE deleted_at IS NULL;;
