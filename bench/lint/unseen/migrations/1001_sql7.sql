CREATE ROLE b7_reporting NOLOGIN;
GRANT SELECT ON recent_orders, order_totals TO b7_reporting;
