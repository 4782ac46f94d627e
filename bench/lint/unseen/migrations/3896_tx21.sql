BEGIN;
ALTER TABLE ledger ADD COLUMN settled_at timestamptz;
ALTER TABLE ledger ADD CONSTRAINT ledger_settled_amount21 CHECK (settled_at IS NULL OR amount IS NOT NULL) NOT VALID;
COMMIT;
