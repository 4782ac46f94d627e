-- AlterTable
ALTER TABLE "posts" ADD COLUMN     "slug" TEXT,
ADD COLUMN     "excerpt" VARCHAR(280);
