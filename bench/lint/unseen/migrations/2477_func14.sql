CREATE OR REPLACE FUNCTION ledger_balance(p_account text) RETURNS bigint LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN (SELECT sum(amount) FROM ledger WHERE account = p_account);
END
$$;;
