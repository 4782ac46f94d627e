ALTER TABLE ledger ADD CONSTRAINT ledger_account_key UNIQUE (account);
