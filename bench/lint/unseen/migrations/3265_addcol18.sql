-- AlterTable
ALTER TABLE "shipments" ADD COLUMN "weightKg" DOUBLE PRECISION;;
