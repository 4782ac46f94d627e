-- UP
ALTER TABLE "posts" ADD COLUMN "rank" integer DEFAULT 0 NOT NULL;
