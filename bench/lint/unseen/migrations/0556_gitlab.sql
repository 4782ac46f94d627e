BEGIN;
SET LOCAL lock_timeout TO '100ms';
LOCK TABLE users, posts IN ACCESS EXCLUSIVE MODE;
ALTER TABLE posts ADD COLUMN editor_id bigint;
COMMIT;
