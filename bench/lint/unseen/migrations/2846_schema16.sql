CREATE SCHEMA analytics16
  CREATE TABLE page_hits (id bigint, at timestamptz)
  CREATE VIEW daily_hits AS SELECT date_trunc('day', at) AS day, count(*) FROM page_hits GROUP BY 1;;
