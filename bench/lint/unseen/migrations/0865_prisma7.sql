-- UP
-- AlterTable
ALTER TABLE "customers" ALTER COLUMN "name" SET DATA TYPE VARCHAR(255);
