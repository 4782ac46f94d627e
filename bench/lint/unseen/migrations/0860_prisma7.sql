-- AlterTable
ALTER TABLE "posts" ALTER COLUMN "published" SET NOT NULL,
ALTER COLUMN "published" SET DEFAULT false;
