BEGIN;
SET LOCAL lock_timeout = '3s';
ALTER TABLE posts ADD COLUMN pinned boolean NOT NULL DEFAULT false;
ALTER TABLE posts ADD COLUMN pinned_at timestamptz;
COMMIT;
