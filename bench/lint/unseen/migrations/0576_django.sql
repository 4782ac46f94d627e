ALTER TABLE "posts" ALTER COLUMN "published" SET DEFAULT false;
