CREATE VIEW big_spenders21 AS SELECT customer_id FROM order_totals WHERE total > 1000;;
