-- UP
ALTER TABLE users ADD COLUMN IF NOT EXISTS login_count integer;
ALTER TABLE users ALTER COLUMN login_count SET DEFAULT 0;
