INSERT INTO ledger (account, amount) SELECT 'order-' || id, qty FROM orders WHERE id < 10;
