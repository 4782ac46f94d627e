BEGIN;
SET LOCAL lock_timeout TO '100ms';
ALTER TABLE "posts" DROP CONSTRAINT IF EXISTS "fk_rails_posts_user";
COMMIT;
