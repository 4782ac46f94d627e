BEGIN;
LOCK TABLE orders IN SHARE MODE;
INSERT INTO ledger (account, amount) SELECT 'orders', sum(qty) FROM orders;
COMMIT;
