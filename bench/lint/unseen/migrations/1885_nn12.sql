DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 'ledger' AND column_name = 'currency') THEN
    ALTER TABLE ledger ADD COLUMN currency char(3) NOT NULL;
  END IF;
END
$$;;
