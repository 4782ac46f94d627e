ALTER TABLE ledger ADD CONSTRAINT ledger_account_fmt17 CHECK (account ~ '^a[0-9]+$') NOT VALID;;
