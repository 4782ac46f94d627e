CREATE INDEX CONCURRENTLY IF NOT EXISTS events_kind_at_idx ON events (kind, at);;
