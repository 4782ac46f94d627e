CREATE SCHEMA IF NOT EXISTS reporting;
CREATE OR REPLACE VIEW reporting.order_summary AS
  SELECT status, count(*) AS n, sum(total) AS total FROM orders GROUP BY status;;
