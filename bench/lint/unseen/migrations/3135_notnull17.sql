ALTER TABLE users ADD CONSTRAINT users_login_count_nonneg17 CHECK (login_count >= 0) NOT VALID;
ALTER TABLE users ALTER COLUMN login_count SET NOT NULL;;
