CREATE VIEW paid_orders WITH (security_barrier) AS SELECT id, total FROM orders WHERE status = 'paid';
