CREATE TABLE ledger_entries (id bigint PRIMARY KEY, account text NOT NULL, amount_cents bigint);
INSERT INTO ledger_entries (id, account, amount_cents)
SELECT id, account, amount * 100 FROM ledger WHERE id BETWEEN 1 AND 100
ON CONFLICT (id) DO NOTHING;;
