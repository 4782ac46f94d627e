-- lockstep:irreversible
-- UP
-- Idempotent type creation: older environments already have the type from a hotfix.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'invoice_state') THEN
    CREATE TYPE invoice_state AS ENUM ('draft', 'open', 'paid', 'void');
  END IF;
END
$$;
ALTER TABLE invoices ADD COLUMN state invoice_state;
