ALTER TABLE ledger ADD CONSTRAINT ledger_account_excl EXCLUDE USING gist (account WITH =);;
