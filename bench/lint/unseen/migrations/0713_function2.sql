CREATE FUNCTION users_search(q text) RETURNS SETOF users LANGUAGE sql STABLE AS $$ SELECT * FROM users WHERE name ILIKE '%' || q || '%' $$;
