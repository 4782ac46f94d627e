DELETE FROM ledger WHERE id IN (SELECT id FROM ledger WHERE amount = 0 LIMIT 1000);;
