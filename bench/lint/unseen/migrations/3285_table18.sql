CREATE UNLOGGED TABLE rate_limits18 (
  key text PRIMARY KEY,
  hits integer NOT NULL,
  reset_at timestamptz NOT NULL
);;
