DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_indexes WHERE indexname = 'index_users_on_email') THEN
    CREATE INDEX index_users_on_email ON users (email);
  END IF;
END
$$;;
