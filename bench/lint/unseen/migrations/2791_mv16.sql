CREATE MATERIALIZED VIEW plan_counts16 AS SELECT plan, count(*) AS n FROM accounts GROUP BY plan;;
