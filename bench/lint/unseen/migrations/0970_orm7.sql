CREATE TYPE "public"."enum_posts_status" AS ENUM('draft', 'live');
ALTER TABLE "posts" ADD COLUMN "status" "public"."enum_posts_status" DEFAULT 'draft';
