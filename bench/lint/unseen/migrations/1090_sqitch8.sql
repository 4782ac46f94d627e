-- Deploy shop:users_verified to pg

BEGIN;

ALTER TABLE users ADD COLUMN verified BOOLEAN;
UPDATE users SET verified = FALSE;
ALTER TABLE users ALTER COLUMN verified SET NOT NULL;

COMMIT;
