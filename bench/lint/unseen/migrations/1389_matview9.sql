CREATE MATERIALIZED VIEW daily_orders AS
  SELECT created_at::date AS day, count(*) AS n, sum(total) AS total FROM orders GROUP BY 1;
CREATE UNIQUE INDEX daily_orders_day_idx ON daily_orders (day);;
