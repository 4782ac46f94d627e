INSERT INTO ledger (account, amount) VALUES ('fee', 1);
