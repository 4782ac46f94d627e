-- lockstep:irreversible
-- UP
-- The definition of revenue changed; recompute.
REFRESH MATERIALIZED VIEW daily_revenue;
