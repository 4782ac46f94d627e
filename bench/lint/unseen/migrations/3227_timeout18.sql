BEGIN;
SET LOCAL lock_timeout = '2s';
SET LOCAL statement_timeout = '30s';
ALTER TABLE users ADD COLUMN deactivated_at timestamp(6);
COMMIT;
