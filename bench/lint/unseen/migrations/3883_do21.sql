CREATE FUNCTION ledger_balance21(p_account text) RETURNS bigint
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$ SELECT coalesce(sum(amount), 0) FROM ledger WHERE account = p_account $$;;
