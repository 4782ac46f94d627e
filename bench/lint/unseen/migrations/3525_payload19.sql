CREATE TABLE IF NOT EXISTS "posts_rels" ("id" serial PRIMARY KEY NOT NULL, "order" integer, "parent_id" bigint NOT NULL, "path" varchar NOT NULL);
ALTER TABLE "posts_rels" ADD COLUMN "media_id" integer;
CREATE INDEX IF NOT EXISTS "posts_rels_media_id_idx" ON "posts_rels" USING btree ("media_id");;
