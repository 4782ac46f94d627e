CREATE INDEX CONCURRENTLY IF NOT EXISTS logs_default_at_idx ON logs_default (at);
