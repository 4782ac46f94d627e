CREATE SCHEMA IF NOT EXISTS reporting;
CREATE MATERIALIZED VIEW reporting.daily_signups AS
  SELECT date_trunc('day', created_at) AS day, count(*) AS signups FROM users GROUP BY 1
WITH DATA;
