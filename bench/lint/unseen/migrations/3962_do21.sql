DO $$
BEGIN
  IF to_regclass('public.ledger_account_idx21') IS NULL THEN
    RAISE NOTICE 'build ledger_account_idx21 concurrently in the next migration';
  END IF;
END
$$;;
