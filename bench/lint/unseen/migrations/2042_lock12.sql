BEGIN;
LOCK TABLE ledger IN ROW EXCLUSIVE MODE;
INSERT INTO ledger (account, amount) VALUES ('fees', 0);
COMMIT;
