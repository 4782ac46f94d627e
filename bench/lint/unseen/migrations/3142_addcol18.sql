-- AlterTable
ALTER TABLE "users" ADD COLUMN "metadata" JSONB NOT NULL DEFAULT '{}';;
