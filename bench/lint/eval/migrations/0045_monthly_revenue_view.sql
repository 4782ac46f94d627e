-- lockstep:irreversible
-- UP
CREATE MATERIALIZED VIEW monthly_revenue AS
  SELECT date_trunc('month', created_at) AS month, sum(amount_cents) AS amount_cents
  FROM payments
  GROUP BY 1;
CREATE UNIQUE INDEX monthly_revenue_month_key ON monthly_revenue (month);
GRANT SELECT ON monthly_revenue TO reporting;
