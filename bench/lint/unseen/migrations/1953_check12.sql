DO $$
BEGIN
  ALTER TABLE users ADD CONSTRAINT users_login_count_nonneg CHECK (login_count >= 0);
EXCEPTION WHEN duplicate_object THEN
  NULL;
END
$$;;
