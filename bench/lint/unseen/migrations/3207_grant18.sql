CREATE ROLE app_readonly18 NOLOGIN;
GRANT USAGE ON SCHEMA public TO app_readonly18;
GRANT SELECT ON orders, customers, order_totals TO app_readonly18;;
