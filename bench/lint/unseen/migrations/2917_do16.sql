DO $$
BEGIN
  EXECUTE 'CREATE INDEX CONCURRENTLY users_name_idx16 ON users (name)';
END
$$;;
