UPDATE customers SET notes = 'migrated'
 WHERE id IN (SELECT id FROM customers WHERE notes IS NULL ORDER BY id LIMIT 100);;
