ALTER TABLE users ADD CONSTRAINT users_email_lower17 CHECK (email = lower(email));;
