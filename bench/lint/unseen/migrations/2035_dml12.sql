INSERT INTO ledger (account, amount) VALUES ('opening-balance', 0);;
