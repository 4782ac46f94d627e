ALTER TABLE users ADD CONSTRAINT users_login_count_nonneg CHECK (login_count >= 0) NOT VALID;;
