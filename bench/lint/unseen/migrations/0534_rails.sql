UPDATE "posts" SET "published" = TRUE WHERE "posts"."published" IS NULL;
