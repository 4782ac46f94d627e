CREATE VIEW monthly_revenue AS
SELECT date_trunc('month', created_at) AS month, currency, sum(total) AS revenue
  FROM orders
 WHERE status IN ('paid', 'shipped')
 GROUP BY 1, 2;;
