-- Create enum type "visibility"
CREATE TYPE "visibility" AS ENUM ('public', 'private');
-- Modify "posts" table
ALTER TABLE "posts" ADD COLUMN "visibility" "visibility" NOT NULL DEFAULT 'public';;
