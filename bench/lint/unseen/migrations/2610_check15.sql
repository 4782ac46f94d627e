ALTER TABLE users ADD CONSTRAINT users_email_format CHECK (email LIKE '%@%') NOT VALID;;
