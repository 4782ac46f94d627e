-- lockstep:irreversible
-- UP
REFRESH MATERIALIZED VIEW CONCURRENTLY monthly_revenue;
