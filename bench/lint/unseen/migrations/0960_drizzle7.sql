ALTER TABLE "posts" RENAME COLUMN "views" TO "view_count";
