CREATE FUNCTION account_label16(p_id bigint) RETURNS text LANGUAGE sql STABLE AS $$ SELECT name FROM accounts WHERE id = p_id $$;
DROP FUNCTION IF EXISTS account_label16(bigint);
CREATE FUNCTION account_label16(p_id bigint) RETURNS varchar LANGUAGE sql STABLE AS $$ SELECT name FROM accounts WHERE id = p_id $$;;
