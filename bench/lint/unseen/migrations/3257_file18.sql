BEGIN;
--
-- Add field nickname to user
--
ALTER TABLE "users" ADD COLUMN "nickname" varchar(40) DEFAULT '' NOT NULL;
ALTER TABLE "users" ALTER COLUMN "nickname" DROP DEFAULT;
COMMIT;
