ALTER TABLE users ADD CONSTRAINT users_email_format18 CHECK (email ~* '^[^@]+@[^@]+$') NOT VALID;;
