CREATE INDEX CONCURRENTLY IF NOT EXISTS events_kind_idx ON events (kind) WHERE kind <> 'heartbeat';;
