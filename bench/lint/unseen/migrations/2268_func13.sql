CREATE FUNCTION active_user_count() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT count(*) FROM users WHERE NOT admin $$;;
