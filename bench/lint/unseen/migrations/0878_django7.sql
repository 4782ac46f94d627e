BEGIN;
--
-- Alter field body on post
--
ALTER TABLE "posts" ALTER COLUMN "body" DROP NOT NULL;
COMMIT;
