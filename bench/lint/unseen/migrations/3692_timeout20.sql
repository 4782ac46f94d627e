BEGIN;
ALTER TABLE accounts ADD COLUMN suspended boolean;
SET LOCAL lock_timeout = '2s';
CREATE INDEX accounts_suspended_idx ON accounts (suspended);
COMMIT;
