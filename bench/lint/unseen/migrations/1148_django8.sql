BEGIN;
--
-- Add field created to post
--
ALTER TABLE "posts" ADD COLUMN "created" timestamp with time zone DEFAULT (STATEMENT_TIMESTAMP()) NOT NULL;
COMMIT;
