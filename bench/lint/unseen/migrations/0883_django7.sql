BEGIN;
--
-- Rename field body on post to content
--
ALTER TABLE "posts" RENAME COLUMN "body" TO "content";
COMMIT;
