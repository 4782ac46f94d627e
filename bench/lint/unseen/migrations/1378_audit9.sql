ALTER TABLE users ADD COLUMN deleted_at timestamptz;
CREATE UNIQUE INDEX users_email_live_key ON users (email) WHERE deleted_at IS NULL;;
