-- AlterTable
ALTER TABLE "users" ADD COLUMN     "publicId" TEXT NOT NULL DEFAULT gen_random_uuid();
