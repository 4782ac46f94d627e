CREATE TYPE "public"."visibility" AS ENUM('public', 'private', 'unlisted');
ALTER TABLE "posts" ADD COLUMN "visibility" "visibility" DEFAULT 'public' NOT NULL;
