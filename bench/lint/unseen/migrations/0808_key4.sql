ALTER TABLE users ADD CONSTRAINT users_admin_login CHECK (NOT admin OR login_count > 0);
