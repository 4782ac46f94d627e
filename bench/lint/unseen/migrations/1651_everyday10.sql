CREATE ROLE analytics_ro NOLOGIN;
CREATE VIEW monthly_revenue AS SELECT date_trunc('month', created_at) AS month, sum(total) AS revenue FROM orders GROUP BY 1;
GRANT SELECT ON monthly_revenue TO analytics_ro;;
