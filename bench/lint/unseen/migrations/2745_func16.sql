CREATE OR REPLACE FUNCTION close_account16(acct bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  UPDATE accounts SET plan = 'closed', balance = 0 WHERE id = acct;
END
$$;;
