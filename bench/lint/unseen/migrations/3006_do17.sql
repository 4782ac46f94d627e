DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'accounts_balance_nonneg17') THEN
    ALTER TABLE accounts ADD CONSTRAINT accounts_balance_nonneg17 CHECK (balance >= 0) NOT VALID;
  END IF;
END
$$;;
