-- lockstep:irreversible
-- UP
CREATE OR REPLACE VIEW active_subscriptions AS
  SELECT s.id, s.account_id, s.state, a.name AS account_name
  FROM subscriptions s
  JOIN accounts a ON a.id = s.account_id
  WHERE s.state = 'active';
GRANT SELECT ON active_subscriptions TO reporting;
CREATE SCHEMA IF NOT EXISTS analytics;
