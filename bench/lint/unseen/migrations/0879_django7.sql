BEGIN;
--
-- Alter field published on post
--
UPDATE "posts" SET "published" = false WHERE "published" IS NULL; SET CONSTRAINTS ALL IMMEDIATE;
ALTER TABLE "posts" ALTER COLUMN "published" SET NOT NULL;
COMMIT;
