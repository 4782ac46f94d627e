CREATE TABLE "stories" ("id" BIGSERIAL NOT NULL, "title" VARCHAR, PRIMARY KEY ("id"));
ALTER TABLE "stories" ADD COLUMN "published_at" TIMESTAMPTZ;

--bun:split

CREATE INDEX "stories_published_at_idx" ON "stories" ("published_at");;
