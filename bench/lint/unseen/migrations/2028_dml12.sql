UPDATE orders SET status = 'shipped'
 WHERE id IN (SELECT id FROM orders WHERE status = 'paid' ORDER BY id LIMIT 500);;
