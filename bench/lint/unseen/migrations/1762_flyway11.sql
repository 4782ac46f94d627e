-- R__v_paid_orders.sql
DROP VIEW IF EXISTS v_paid_orders;
CREATE VIEW v_paid_orders AS
SELECT id, customer_id, total FROM orders WHERE status = 'paid';;
