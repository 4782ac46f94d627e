INSERT INTO ledger (account, amount)
SELECT 'seed-' || g, 0 FROM generate_series(1, 50) AS g;;
