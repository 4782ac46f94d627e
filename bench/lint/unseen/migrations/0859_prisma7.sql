-- AlterTable
ALTER TABLE "posts" ALTER COLUMN "body" SET NOT NULL;
