ALTER TABLE ledger DROP CONSTRAINT ledger_pkey;
