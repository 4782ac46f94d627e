-- Add migration script here
BEGIN;
    UPDATE users
        SET name = 'unknown'
        WHERE name IS NULL;
    ALTER TABLE users ALTER COLUMN name SET NOT NULL;
COMMIT;
