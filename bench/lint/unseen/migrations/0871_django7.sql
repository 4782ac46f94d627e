BEGIN;
--
-- Add field archived to post
--
ALTER TABLE "posts" ADD COLUMN "archived" boolean DEFAULT false NOT NULL;
ALTER TABLE "posts" ALTER COLUMN "archived" DROP DEFAULT;
COMMIT;
