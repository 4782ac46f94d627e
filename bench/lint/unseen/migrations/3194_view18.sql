CREATE MATERIALIZED VIEW daily_signups18 AS
  SELECT date_trunc('day', created_at) AS day, count(*) AS n FROM users GROUP BY 1;;
