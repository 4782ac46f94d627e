ALTER TABLE users ADD CONSTRAINT users_email_lower17 CHECK (email = lower(email)) NOT VALID;
ALTER TABLE users VALIDATE CONSTRAINT users_email_lower17;;
