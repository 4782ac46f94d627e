CREATE OR REPLACE FUNCTION grant_credit(acct bigint, amount numeric) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  UPDATE accounts SET balance = balance + amount WHERE id = acct;
END
$$;
REVOKE EXECUTE ON FUNCTION grant_credit(bigint, numeric) FROM PUBLIC;;
