CREATE TYPE "post_state" AS ENUM ('draft', 'review', 'published');
ALTER TABLE "posts" ADD "state" "post_state" DEFAULT 'draft' NOT NULL;
