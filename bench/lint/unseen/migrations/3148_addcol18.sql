-- AlterTable
ALTER TABLE "accounts" ADD COLUMN "publicId" TEXT NOT NULL DEFAULT gen_random_uuid()::text;;
