-- UP
ALTER TABLE accounts RESET (fillfactor);
