CREATE MATERIALIZED VIEW daily_events AS
  SELECT date_trunc('day', at) AS day, count(*) AS n FROM events GROUP BY 1;;
