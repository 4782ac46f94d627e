DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 'ledger' AND column_name = 'voided') THEN
    ALTER TABLE ledger ADD COLUMN voided boolean NOT NULL DEFAULT false;
  END IF;
END
$$;;
