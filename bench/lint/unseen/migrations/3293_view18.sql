CREATE OR REPLACE VIEW order_totals_v18 AS SELECT customer_id, total FROM order_totals;;
