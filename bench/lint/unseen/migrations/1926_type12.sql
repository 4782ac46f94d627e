DO $$
BEGIN
  EXECUTE 'ALTER TABLE ledger ALTER COLUMN account TYPE varchar(64)';
END
$$;;
