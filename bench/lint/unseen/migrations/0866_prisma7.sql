-- AlterTable
ALTER TABLE "shipments" ALTER COLUMN "state" SET DATA TYPE VARCHAR(32);
