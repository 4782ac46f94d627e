CREATE UNLOGGED TABLE IF NOT EXISTS rate_limits (bucket text PRIMARY KEY, hits int NOT NULL DEFAULT 0, reset_at timestamptz NOT NULL);;
