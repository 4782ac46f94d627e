-- lockstep:irreversible
-- UP
SET lock_timeout = '2s';
SET statement_timeout = '30s';
ALTER TABLE invoices ADD COLUMN paid_at timestamptz;
CREATE INDEX invoices_paid_at_idx ON invoices (paid_at) WHERE paid_at IS NOT NULL;
