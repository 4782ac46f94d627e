ALTER TABLE "accounts" ALTER COLUMN "balance" TYPE decimal(12,2);
