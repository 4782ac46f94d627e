DO $$
BEGIN
  ALTER TABLE accounts ADD COLUMN IF NOT EXISTS archived boolean NOT NULL DEFAULT false;
END
$$;;
