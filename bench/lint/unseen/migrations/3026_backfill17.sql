BEGIN;
UPDATE accounts SET plan = 'pro' WHERE id = 17;
INSERT INTO ledger (account, amount) VALUES ('acct 17', -1000);
COMMIT;
