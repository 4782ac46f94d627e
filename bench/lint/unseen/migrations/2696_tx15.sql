DO $$
BEGIN
  ALTER TABLE customers ADD COLUMN IF NOT EXISTS vip boolean DEFAULT false;
EXCEPTION WHEN duplicate_column THEN NULL;
END
$$;;
