UPDATE "posts" SET "published" = FALSE WHERE "published" IS NULL;
