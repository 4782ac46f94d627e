-- lockstep:irreversible
-- UP
-- Emails must be unique now that login is by email (AUTH-42).
ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);
