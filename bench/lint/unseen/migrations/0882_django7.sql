BEGIN;
--
-- Remove field login_count from user
--
ALTER TABLE "users" DROP COLUMN "login_count" CASCADE;
COMMIT;
