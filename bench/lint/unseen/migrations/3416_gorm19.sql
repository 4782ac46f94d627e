ALTER TABLE "ledger" ADD CONSTRAINT "chk_ledger_amount" CHECK (amount >= 0);
