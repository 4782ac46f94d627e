ALTER TABLE ledger RESET (fillfactor);;
