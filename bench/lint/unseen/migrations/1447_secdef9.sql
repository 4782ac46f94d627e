CREATE OR REPLACE FUNCTION grant_credit(acct bigint, amount numeric) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$ BEGIN UPDATE accounts SET balance = balance + amount WHERE id = acct; END $$;
SELECT grant_credit(1, 10);;
