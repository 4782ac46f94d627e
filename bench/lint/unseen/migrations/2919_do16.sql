DO $$
BEGIN
  EXECUTE 'TRUNCATE ' || quote_ident('cache_entries');
END
$$;;
