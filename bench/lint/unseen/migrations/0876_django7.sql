BEGIN;
--
-- Alter field title on post
--
ALTER TABLE "posts" ALTER COLUMN "title" TYPE varchar(200) USING "title"::varchar(200);
COMMIT;
