CREATE VIEW paid_orders WITH (security_invoker = true) AS SELECT id, customer_id, total FROM orders WHERE status = 'paid';;
