ALTER TABLE accounts RESET (fillfactor);
