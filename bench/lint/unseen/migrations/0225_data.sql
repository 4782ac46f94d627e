UPDATE orders SET currency = 'USD' WHERE id IN (SELECT id FROM orders WHERE currency = 'EUR' ORDER BY id LIMIT 500);
