CREATE ROLE reporting11 NOLOGIN;
-- R__reporting_views.sql
CREATE OR REPLACE VIEW reporting_daily_orders AS
SELECT created_at::date AS day, count(*) AS orders, sum(total) AS revenue FROM orders GROUP BY 1;
GRANT SELECT ON reporting_daily_orders TO reporting11;;
