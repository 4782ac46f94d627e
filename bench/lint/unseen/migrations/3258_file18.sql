BEGIN;
--
-- Alter field title on post
--
ALTER TABLE "posts" ALTER COLUMN "title" TYPE varchar(300);
COMMIT;
