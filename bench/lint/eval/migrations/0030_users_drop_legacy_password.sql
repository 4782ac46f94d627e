-- lockstep:irreversible
-- UP
-- Passwords moved to the auth service in Q2.
ALTER TABLE users DROP COLUMN legacy_password_hash;
