CREATE FUNCTION account_label16(p_id bigint) RETURNS text LANGUAGE sql STABLE AS $$ SELECT name FROM accounts WHERE id = p_id $$;
CREATE OR REPLACE FUNCTION account_label16(p_id bigint) RETURNS text LANGUAGE sql STABLE AS $$ SELECT coalesce(name, plan) FROM accounts WHERE id = p_id $$;;
