CREATE PROCEDURE set_plan16(acct bigint, p text) LANGUAGE sql AS $$ UPDATE accounts SET plan = p WHERE id = acct $$;
CALL set_plan16(42, 'pro');;
