-- R__recent_orders.sql
CREATE OR REPLACE VIEW recent_orders AS SELECT id, status, customer_id AS buyer FROM orders;;
