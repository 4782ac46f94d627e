-- AlterTable
ALTER TABLE "accounts" ADD COLUMN "stripeCustomerId" TEXT;;
