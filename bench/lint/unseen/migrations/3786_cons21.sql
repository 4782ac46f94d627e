ALTER TABLE users ADD CONSTRAINT users_login_count_gt1_21 CHECK (login_count > 1);;
