DO $$
BEGIN
  PERFORM set_config('lock_timeout', '3s', true);
  ALTER TABLE ledger ADD COLUMN memo text;
END
$$;;
