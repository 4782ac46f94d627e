DO $$
BEGIN
  CREATE UNIQUE INDEX accounts_owner_uq16 ON accounts (owner_id);
EXCEPTION WHEN unique_violation THEN
  RAISE NOTICE 'duplicate owners, index skipped';
END
$$;;
