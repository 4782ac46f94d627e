ALTER TABLE ledger ALTER COLUMN amount SET DEFAULT 0;
COMMENT ON COLUMN ledger.amount IS 'in cents';;
