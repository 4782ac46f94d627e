DO $$ BEGIN
 CREATE TYPE "public"."enum_posts_status" AS ENUM('draft', 'published');
EXCEPTION
 WHEN duplicate_object THEN null;
END $$;

ALTER TABLE "posts" ADD COLUMN "_status" "enum_posts_status" DEFAULT 'draft';;
