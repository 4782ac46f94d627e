BEGIN;
SET LOCAL lock_timeout = '1s';
LOCK TABLE ledger IN ACCESS EXCLUSIVE MODE;
ALTER TABLE ledger ADD COLUMN closed_at timestamptz;
COMMIT;
