-- AlterTable
ALTER TABLE "posts" DROP COLUMN "views",
ADD COLUMN     "viewCount" INTEGER NOT NULL DEFAULT 0;
