CREATE ROLE analytics_ro NOLOGIN;
GRANT SELECT ON orders, customers, order_totals TO analytics_ro;;
