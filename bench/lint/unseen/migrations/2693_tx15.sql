BEGIN;
SET LOCAL lock_timeout = '3s';
ALTER TABLE users ALTER COLUMN login_count SET NOT NULL;
COMMIT;
