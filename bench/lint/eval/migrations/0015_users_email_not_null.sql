-- lockstep:irreversible
-- UP
-- Every user has an email since the signup rewrite.
ALTER TABLE users ALTER COLUMN email SET NOT NULL;
