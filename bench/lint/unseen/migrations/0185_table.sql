ALTER TABLE ledger SET (fillfactor = 70);
