-- AlterTable
ALTER TABLE "accounts" RENAME CONSTRAINT "accounts_pkey" TO "Account_pkey";
