ALTER TABLE "posts" ALTER COLUMN "body" SET DATA TYPE jsonb USING "body"::jsonb;
