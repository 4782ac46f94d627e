ALTER TABLE ledger DROP COLUMN amount;
ALTER TABLE ledger ADD COLUMN amount numeric(20, 2);;
