DO $$
BEGIN
  ALTER TABLE ledger ALTER COLUMN account TYPE varchar;
END
$$;;
