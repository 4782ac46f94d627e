-- UP
ALTER TABLE ledger ADD CONSTRAINT ledger_account_uq UNIQUE NULLS NOT DISTINCT (account);
