ALTER TABLE ledger ADD CONSTRAINT ledger_account_nonempty21 CHECK (account <> '');;
