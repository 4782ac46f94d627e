BEGIN;
ALTER TABLE ledger ADD COLUMN settled_at timestamptz;
CREATE INDEX ledger_settled_at_idx21 ON ledger (settled_at);
COMMIT;
