CREATE MATERIALIZED VIEW region_counts AS SELECT region, count(*) FROM customers GROUP BY region;
