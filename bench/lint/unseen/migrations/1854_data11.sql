CREATE TABLE ledger_balances (account text PRIMARY KEY, total bigint NOT NULL);
INSERT INTO ledger_balances (account, total)
SELECT account, sum(amount) FROM ledger GROUP BY account
ON CONFLICT (account) DO UPDATE SET total = EXCLUDED.total;;
