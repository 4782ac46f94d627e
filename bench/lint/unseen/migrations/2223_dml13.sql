INSERT INTO ledger (account, amount) VALUES ('fees', 0);;
