CREATE VIEW customer_order_counts AS SELECT customer_id, count(*) AS n FROM orders GROUP BY customer_id;;
