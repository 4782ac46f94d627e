DO $$
BEGIN
  PERFORM 1 FROM pg_indexes WHERE indexname = 'index_users_on_email';
  IF NOT FOUND THEN
    CREATE UNIQUE INDEX index_users_on_email ON users (email);
  END IF;
END
$$;;
