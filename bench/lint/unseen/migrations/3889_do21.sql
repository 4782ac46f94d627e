DO $$
BEGIN
  IF current_setting('server_version_num')::int >= 110000 THEN
    ALTER TABLE ledger ADD COLUMN labels text[] DEFAULT '{}';
  END IF;
END
$$;;
