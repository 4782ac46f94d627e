-- AlterTable
ALTER TABLE "posts" ADD COLUMN "sortOrder" SERIAL NOT NULL;;
