ALTER TABLE users ADD COLUMN deleted_at timestamptz;
CREATE VIEW live_users AS SELECT * FROM users WHERE deleted_at IS NULL;;
