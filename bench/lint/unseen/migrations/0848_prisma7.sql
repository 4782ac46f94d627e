-- AlterTable
ALTER TABLE "accounts" ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL;
