CREATE FUNCTION account_balance18(p_account bigint) RETURNS numeric
  LANGUAGE sql STABLE
  AS $$ SELECT balance FROM accounts WHERE id = p_account $$;;
