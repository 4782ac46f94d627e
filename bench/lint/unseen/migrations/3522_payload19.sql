CREATE TABLE IF NOT EXISTS "payload_migrations" ("id" serial PRIMARY KEY NOT NULL, "name" varchar, "batch" numeric, "updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL, "created_at" timestamp(3) with time zone DEFAULT now() NOT NULL);
ALTER TABLE "posts" ADD COLUMN "slug" varchar;
INSERT INTO "payload_migrations" ("name", "batch", "updated_at", "created_at") VALUES ('20240701_120000', 4, now(), now());;
