CREATE UNLOGGED TABLE rate_limits (
  bucket text PRIMARY KEY,
  tokens integer NOT NULL,
  refreshed_at timestamptz NOT NULL DEFAULT now()
);;
