CREATE EXTENSION IF NOT EXISTS pgcrypto;
CREATE TABLE "public"."articles" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" text NOT NULL, "author_id" bigint NOT NULL, PRIMARY KEY ("id") , FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON UPDATE restrict ON DELETE restrict);;
