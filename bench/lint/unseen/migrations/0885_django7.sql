BEGIN;
--
-- Add field slug to user
--
ALTER TABLE "users" ADD COLUMN "slug" varchar(50) NULL UNIQUE;
COMMIT;
