INSERT INTO ledger (account, amount) VALUES ('opening-balance', 0), ('fees', 0);
