DO $$
BEGIN
  ALTER TABLE ledger ADD COLUMN batch text;
EXCEPTION
  WHEN duplicate_column THEN RAISE NOTICE 'ledger.batch already exists';
END
$$;;
