DELETE FROM shipments s
 WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.id = s.order_id);;
