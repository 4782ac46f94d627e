CREATE MATERIALIZED VIEW IF NOT EXISTS region_sales AS SELECT region, sum(amount) AS amount FROM sales GROUP BY region WITH NO DATA;;
