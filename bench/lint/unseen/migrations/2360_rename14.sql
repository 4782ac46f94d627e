ALTER TABLE "ledger" RENAME COLUMN "amount" TO "amount_cents";;
