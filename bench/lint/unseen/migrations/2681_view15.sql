CREATE MATERIALIZED VIEW account_plans AS SELECT plan, count(*) AS n FROM accounts GROUP BY plan;;
